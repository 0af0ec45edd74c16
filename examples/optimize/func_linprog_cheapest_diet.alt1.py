import numpy as np
from scipy.optimize import LinearConstraint, milp


def cheapest_diet(cost, nutrients, minimums):
    """Cheapest amounts of foods meeting minimum nutrient requirements.

    cost[j] is the price of a unit of food j, nutrients[i][j] the amount of
    nutrient i in a unit of food j and minimums[i] the amount of nutrient i
    required. Solves the linear program min cost @ amounts subject to
    nutrients @ amounts >= minimums and amounts >= 0. Returns the tuple
    (amounts, total_cost): a float array and a float. Raises
    ValueError("infeasible diet") when no amounts meet the minimums.
    """
    requirement = LinearConstraint(np.atleast_2d(nutrients), lb=minimums, ub=np.inf)
    # with no integrality given, milp solves the continuous linear program
    solution = milp(c=np.asarray(cost, dtype=float), constraints=requirement)
    if not solution.success:
        raise ValueError("infeasible diet")
    return solution.x, float(solution.fun)


menu = cheapest_diet([2.0, 3.0], [[1.0, 2.0], [3.0, 1.0]], [8.0, 9.0])
try:
    cheapest_diet([2.0, 3.0], [[0.0, 0.0]], [1.0])
except ValueError as exc:
    diet_error = str(exc)
