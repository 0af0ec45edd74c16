# /// example
# task = """
# Fit a Gaussian A exp(-(x - mu)**2 / (2 s**2)) to the peak data (`x`, `y`), whose points each \
# have a known standard uncertainty `y_err` of 5% of mean |y|: pass it as `sigma` with \
# `absolute_sigma=True` so `pcov` is not rescaled by the residuals, start from a data-driven \
# `p0`, and store `popt`, `pcov` and the uncertainties `perr`. True (A, mu, s) are `params`."""
# prompt = """
# I need to fit a Gaussian A exp(-(x - mu)**2 / (2 s**2)) to my peak data (`x`, `y`). Each point \
# has a known standard uncertainty of 5% of the mean |y|; put those in `y_err` and pass them to \
# curve_fit as absolute uncertainties, so the covariance is not rescaled by the residuals. Start \
# from a guess based on the data and store `popt`, `pcov` and the one-sigma errors `perr` (the \
# true (A, mu, s) are in `params`)."""
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = { x = 'peak.x', y = 'peak.y', params = 'peak.params' }
# checks = [
#     'y_err.shape == y.shape',
#     'np.sum((popt[0] * np.exp(-(x - popt[1])**2 / (2 * popt[2]**2)) - y)**2) <= np.sum((params[0] * np.exp(-(x - params[1])**2 / (2 * params[2]**2)) - y)**2) * (1 + 1e-6) + 1e-12 * np.sum(y**2)',
#     'np.all(perr > 0) and np.all(np.abs(popt - params) < 10 * perr)',
#     'np.allclose(y_err, 0.05 * np.mean(np.abs(y)))',
# ]
# difficulty = 'intermediate'
# tags = ['curve-fitting', 'parameter-uncertainty']
# [edge_cases]
# min_size = 17
# why = "fitting a Gaussian's centre and width needs samples across the peak: 17 or more over the range keep the spacing within the narrowest width the kind draws (range / 16)"
# ///
import numpy as np
from scipy import optimize


def gaussian(x, amplitude, centre, width):
    return amplitude * np.exp(-((x - centre) ** 2) / (2 * width**2))


y_err = np.full_like(y, 0.05 * np.mean(np.abs(y)))
p0 = [y.max(), x[np.argmax(y)], np.ptp(x) / 10]
# absolute_sigma=True treats y_err as true standard deviations: pcov is not rescaled by the
# fit's reduced chi-square
popt, pcov = optimize.curve_fit(gaussian, x, y, p0=p0, sigma=y_err, absolute_sigma=True)
perr = np.sqrt(np.diag(pcov))
