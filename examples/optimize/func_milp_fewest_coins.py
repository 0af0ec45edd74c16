# /// example
# task = '''
# Write a function `fewest_coins` with the signature and docstring below, store in `change` the
# coin counts for 6 with coins of 1, 3 and 4, and in `change_error` the message raised for 7 with
# coins of 2 and 4.
#
# ```python
# def fewest_coins(amount, denominations):
#     """Fewest coins that add up exactly to `amount`.
#
#     Solves the integer program: minimise the number of coins sum(counts)
#     subject to denominations @ counts == amount with counts non-negative
#     integers. Returns an int array of counts, one per denomination.
#     Raises ValueError("amount cannot be made") when no combination works.
#     """
# ```'''
# prompt = """
# Greedy change-making fails for odd coin systems (6 with coins 1, 3, 4 greedily is 4 + 1 + 1), so \
# write `fewest_coins(amount, denominations)` that solves it exactly as a mixed-integer linear \
# program: minimise the number of coins, integer non-negative counts summing to exactly `amount`. \
# Return an int array of counts per denomination and raise `ValueError("amount cannot be made")` \
# if it's impossible. Store the counts for 6 with coins 1, 3, 4 in `change`, and the error message \
# for 7 with coins 2 and 4 in `change_error`."""
# task_type = 'function'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     # 3 + 3 beats the greedy 4 + 1 + 1
#     'np.array_equal(change, [0, 2, 0])',
#     'np.array_equal(fewest_coins(63, [1, 5, 10, 21, 25]), [0, 0, 0, 3, 0])',
#     'np.array_equal(fewest_coins(0, [1, 5]), [0, 0])',
#     'np.array_equal(fewest_coins(30, [25, 10, 1]), [0, 3, 0])',
#     'np.issubdtype(np.asarray(fewest_coins(11, [1, 2, 5])).dtype, np.integer) and np.array_equal(fewest_coins(11, [1, 2, 5]), [1, 0, 2])',
#     'change_error == "amount cannot be made"',
# ]
# difficulty = 'advanced'
# tags = ['reusable-function', 'linear-programming', 'operations-research', 'error-handling']
# ///
import numpy as np
from scipy import optimize


def fewest_coins(amount, denominations):
    """Fewest coins that add up exactly to `amount`.

    Solves the integer program: minimise the number of coins sum(counts)
    subject to denominations @ counts == amount with counts non-negative
    integers. Returns an int array of counts, one per denomination.
    Raises ValueError("amount cannot be made") when no combination works.
    """
    values = np.asarray(denominations, dtype=float)
    exact_total = optimize.LinearConstraint(values[np.newaxis, :], amount, amount)
    result = optimize.milp(
        c=np.ones(len(values)),
        constraints=exact_total,
        integrality=np.ones(len(values)),
        bounds=optimize.Bounds(0, np.inf),
    )
    if not result.success:
        raise ValueError("amount cannot be made")
    # the solver returns floats within a tolerance of the integers
    return np.rint(result.x).astype(int)


change = fewest_coins(6, [1, 3, 4])

try:
    fewest_coins(7, [2, 4])
except ValueError as error:
    change_error = str(error)
