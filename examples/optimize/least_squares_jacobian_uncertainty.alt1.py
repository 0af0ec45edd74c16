import numpy as np
import scipy.optimize as opt


def residuals(p):
    amp, rate, offset = p
    return amp * np.exp(-rate * x) + offset - y


def jacobian(p):
    amp, rate, _ = p
    e = np.exp(-rate * x)
    return np.column_stack([e, -amp * x * e, np.ones_like(x)])


# data-driven start: amplitude from the drop, offset from the tail, rate from the range
p0 = [max(y[0] - y[-1], 1e-3), 1.0 / max(np.ptp(x), 1e-12), y[-1]]
res = opt.least_squares(
    residuals, p0, jac=jacobian, bounds=([0, 0, -np.inf], [np.inf, np.inf, np.inf])
)
dof = max(len(x) - len(res.x), 1)
s2 = 2 * res.cost / dof  # res.cost is half the residual sum of squares
cov = s2 * np.linalg.pinv(res.jac.T @ res.jac)
stderr = np.sqrt(np.diag(cov))
