import numpy as np
import scipy.optimize as opt

res = opt.minimize(
    lambda p: p[0] ** 2 + p[1] ** 2,
    x0=[0.0, 0.0],
    method="SLSQP",
    # SLSQP's dict form: an 'ineq' function must be >= 0 where the constraint holds
    constraints={"type": "ineq", "fun": lambda p: p[0] + 2 * p[1] - 4},
)
point = np.asarray(res.x)
sq_dist = float(res.fun)
