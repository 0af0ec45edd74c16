import numpy as np
import scipy.optimize as opt

rng = np.random.default_rng(123)
y_out = np.copy(y).astype(float)
n_out = max(1, len(y_out) // 10)
idx = rng.choice(len(y_out), n_out, replace=False)
y_out[idx] = y_out[idx] + 10 * y.std()


def resid(params):
    return params[0] * x + params[1] - y_out


x0 = np.polyfit(x, y_out, 1)  # start from the (outlier-affected) OLS line
plain = opt.least_squares(resid, x0)
# soft_l1 grows only linearly beyond f_scale, so the spikes pull far less
robust = opt.least_squares(resid, x0, loss="soft_l1", f_scale=y.std() / 10)
