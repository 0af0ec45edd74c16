import numpy as np
from scipy.optimize import least_squares


def model_residuals(theta, t, obs):
    A, k, c = theta
    return A * np.exp(-k * t) + c - obs


def model_jac(theta, t, obs):
    A, k, _ = theta
    decay = np.exp(-k * t)
    return np.stack([decay, -A * t * decay, np.ones_like(t)], axis=1)


start = np.array([np.ptp(y) + 1e-6, 1.0, np.min(y)])
res = least_squares(
    model_residuals,
    start,
    jac=model_jac,
    args=(x, y),
    bounds=([0.0, 0.0, -np.inf], np.inf),
)
n_obs, n_par = res.jac.shape
s_sq = np.sum(res.fun**2) / max(n_obs - n_par, 1)
# (J^T J)^-1 from the SVD of J, as curve_fit does, discarding negligible singular values
_, sv, vt = np.linalg.svd(res.jac, full_matrices=False)
keep = sv > np.finfo(float).eps * max(res.jac.shape) * sv[0]
vt, sv = vt[keep], sv[keep]
cov = s_sq * (vt.T / sv**2) @ vt
stderr = np.sqrt(np.diag(cov))
