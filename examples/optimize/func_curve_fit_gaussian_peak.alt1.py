import numpy as np
from scipy.optimize import least_squares


def fit_gaussian_peak(x, y):
    """Fit y = amplitude * exp(-(x - center)**2 / (2 * sigma**2)).

    Starts from the data: amplitude = max(y), center = the x of max(y) and
    sigma = (max(x) - min(x)) / 10, with amplitude and sigma kept positive.
    Returns the tuple (params, errors) of float arrays: params is
    [amplitude, center, sigma] and errors their standard errors (square
    roots of the covariance diagonal scaled by the residual variance).
    """
    xs = np.asarray(x, dtype=float)
    ys = np.asarray(y, dtype=float)

    def residuals(p):
        amplitude, center, sigma = p
        return amplitude * np.exp(-((xs - center) ** 2) / (2 * sigma**2)) - ys

    start = [ys.max(), xs[ys.argmax()], (xs.max() - xs.min()) / 10]
    fit = least_squares(residuals, start, bounds=([0.0, -np.inf, 1e-12], np.inf))
    dof = max(xs.size - 3, 1)
    residual_var = 2 * fit.cost / dof
    # Gauss-Newton covariance from the Jacobian at the optimum
    covariance = np.linalg.pinv(fit.jac.T @ fit.jac) * residual_var
    return fit.x, np.sqrt(np.diag(covariance))


peak_fit = fit_gaussian_peak(x, y)
