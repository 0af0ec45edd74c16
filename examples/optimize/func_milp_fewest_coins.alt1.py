import numpy as np
from scipy.optimize import linprog


def fewest_coins(amount, denominations):
    """Fewest coins that add up exactly to `amount`.

    Solves the integer program: minimise the number of coins sum(counts)
    subject to denominations @ counts == amount with counts non-negative
    integers. Returns an int array of counts, one per denomination.
    Raises ValueError("amount cannot be made") when no combination works.
    """
    coins = np.array(denominations, dtype=float)
    # integrality=1 makes every count an integer (HiGHS branch and bound)
    outcome = linprog(
        np.ones_like(coins),
        A_eq=[coins],
        b_eq=[amount],
        bounds=(0, None),
        integrality=1,
        method="highs",
    )
    if outcome.status != 0:
        raise ValueError("amount cannot be made")
    return np.round(outcome.x).astype(np.int64)


change = fewest_coins(6, [1, 3, 4])
try:
    fewest_coins(7, [2, 4])
except ValueError as exc:
    change_error = str(exc)
