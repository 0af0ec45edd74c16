import numpy as np
from scipy.optimize import minimize


def nearest_weights(target):
    """Weights closest to `target` that are non-negative and sum to 1.

    Minimises the squared Euclidean distance to `target` subject to the
    bounds w_i >= 0 and the equality constraint sum(w) = 1 with a
    constrained optimiser (tolerance 1e-12). Returns a float array of the
    same length as `target`.
    """
    goal = np.array(target, dtype=float)
    constraint = {"type": "eq", "fun": lambda w: np.sum(w) - 1.0, "jac": lambda w: np.ones_like(w)}
    solution = minimize(
        lambda w: np.dot(w - goal, w - goal),
        x0=np.clip(goal, 0.0, None) + 1.0 / goal.size,
        method="SLSQP",
        bounds=[(0.0, None)] * goal.size,
        constraints=constraint,
        tol=1e-12,
    )
    return np.asarray(solution.x, dtype=float)


portfolio = nearest_weights([0.5, 0.2, -0.1, 0.6])
