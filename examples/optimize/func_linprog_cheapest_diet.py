# /// example
# task = '''
# Write a function `cheapest_diet` with the signature and docstring below. Store in `menu` its
# result for two foods costing 2 and 3 per unit, where a unit of food 1 gives 1 g protein and 3 mg
# iron, a unit of food 2 gives 2 g protein and 1 mg iron, and the day needs 8 g protein and 9 mg
# iron; store in `diet_error` the message raised when a nutrient is in no food.
#
# ```python
# def cheapest_diet(cost, nutrients, minimums):
#     """Cheapest amounts of foods meeting minimum nutrient requirements.
#
#     cost[j] is the price of a unit of food j, nutrients[i][j] the amount of
#     nutrient i in a unit of food j and minimums[i] the amount of nutrient i
#     required. Solves the linear program min cost @ amounts subject to
#     nutrients @ amounts >= minimums and amounts >= 0. Returns the tuple
#     (amounts, total_cost): a float array and a float. Raises
#     ValueError("infeasible diet") when no amounts meet the minimums.
#     """
# ```'''
# prompt = """
# Classic diet problem: write `cheapest_diet(cost, nutrients, minimums)` where `cost[j]` is the \
# unit price of food j, `nutrients[i][j]` how much of nutrient i a unit of food j has and \
# `minimums[i]` the daily requirement. Solve it as a linear program (non-negative amounts, every \
# nutrient at least its minimum), return `(amounts, total_cost)`, and raise \
# `ValueError("infeasible diet")` if it can't be done. Try two foods costing 2 and 3 (food 1: 1 g \
# protein, 3 mg iron; food 2: 2 g protein, 1 mg iron) with 8 g protein and 9 mg iron needed, into \
# `menu`, and keep the message for a nutrient no food has in `diet_error`."""
# task_type = 'function'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     # the optimum is the corner where both requirements bind: x + 2y = 8, 3x + y = 9
#     'np.allclose(menu[0], [2.0, 3.0]) and np.isclose(menu[1], 13.0)',
#     'np.allclose(cheapest_diet([5.0], [[2.0]], [10.0])[0], [5.0]) and np.isclose(cheapest_diet([5.0], [[2.0]], [10.0])[1], 25.0)',
#     # food 3 is dearer per nutrient than food 1: it is not bought
#     'np.allclose(cheapest_diet([1.0, 4.0, 3.0], [[1.0, 1.0, 1.0], [1.0, 2.0, 0.5]], [4.0, 3.0])[0], [4.0, 0.0, 0.0])',
#     'np.isclose(cheapest_diet([0.6, 0.35, 1.1], [[8.0, 3.0, 20.0], [1.0, 4.0, 2.0], [0.0, 2.0, 5.0]], [60.0, 30.0, 15.0])[1], scipy.optimize.linprog([0.6, 0.35, 1.1], A_ub=-np.array([[8.0, 3.0, 20.0], [1.0, 4.0, 2.0], [0.0, 2.0, 5.0]]), b_ub=-np.array([60.0, 30.0, 15.0])).fun)',
#     'diet_error == "infeasible diet"',
# ]
# difficulty = 'basic'
# tags = ['reusable-function', 'linear-programming', 'operations-research', 'error-handling']
# ///
import numpy as np
from scipy import optimize


def cheapest_diet(cost, nutrients, minimums):
    """Cheapest amounts of foods meeting minimum nutrient requirements.

    cost[j] is the price of a unit of food j, nutrients[i][j] the amount of
    nutrient i in a unit of food j and minimums[i] the amount of nutrient i
    required. Solves the linear program min cost @ amounts subject to
    nutrients @ amounts >= minimums and amounts >= 0. Returns the tuple
    (amounts, total_cost): a float array and a float. Raises
    ValueError("infeasible diet") when no amounts meet the minimums.
    """
    # linprog takes "<=" rows, so "nutrients @ x >= minimums" is negated
    result = optimize.linprog(
        cost,
        A_ub=-np.asarray(nutrients, dtype=float),
        b_ub=-np.asarray(minimums, dtype=float),
        bounds=(0, None),
    )
    if result.status == 2:
        raise ValueError("infeasible diet")
    return result.x, float(result.fun)


menu = cheapest_diet([2.0, 3.0], [[1.0, 2.0], [3.0, 1.0]], [8.0, 9.0])

try:
    cheapest_diet([2.0, 3.0], [[0.0, 0.0]], [1.0])
except ValueError as error:
    diet_error = str(error)
