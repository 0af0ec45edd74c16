# /// example
# task = """
# Some readings of the growth data (`x`, `y`) are missing: copy `y` to `y_missing` and set 10% \
# of it (rounded down, at least one; distinct seeded random positions) to NaN, then fit the logistic model K / (1 + exp(-r (x - \
# x0))) with `curve_fit(..., nan_policy="omit")` so the missing points are dropped instead of \
# poisoning the fit, keeping K >= 0, r >= 0 and x0 within the observed x range through `bounds=` \
# (the data may show only part of the S-curve); store the parameters in `popt`. The true (K, r, \
# x0) are `params`."""
# prompt = """
# Some readings in my growth data (`x`, `y`) are missing. To simulate that, copy `y` to \
# `y_missing` and set 10% of it to NaN (rounded down, but at least one value) at distinct random \
# positions drawn with a fixed seed. Then fit the logistic model K / (1 + exp(-r (x - x0))) with \
# curve_fit, telling it to omit the NaNs rather than letting them poison the fit, and with bounds \
# K >= 0, r >= 0 and x0 within the observed x range (the data may only show part of the S-curve). \
# Store the parameters in `popt`; the true (K, r, x0) are `params`."""
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = { x = 'growth.x', y = 'growth.y', params = 'growth.params' }
# checks = [
#     'np.isnan(y_missing).sum() >= 1 and np.array_equal(np.isnan(y_missing), np.isnan(y_missing) & ~np.isnan(y))',
#     'np.all(np.isfinite(popt))',
#     'np.all(popt >= [0, 0, x.min()]) and popt[2] <= x.max()',
#     # a least-squares optimum fits the observed points at least as well as the truth (up to the solver's tolerance)
#     'np.nansum((popt[0] / (1 + np.exp(-popt[1] * (x - popt[2]))) - y_missing)**2) <= np.nansum((params[0] / (1 + np.exp(-params[1] * (x - params[2]))) - y_missing)**2) * (1 + 1e-6) + 1e-9 * np.nansum(y_missing**2)',
#     'np.isnan(y_missing).sum() == max(1, y.size // 10)',
# ]
# difficulty = 'intermediate'
# tags = ['curve-fitting', 'missing-data']
# [edge_cases]
# min_size = 13
# why = 'a logistic fit needs samples on the rise: 13 or more over the range keep the spacing within 2 / rate for the steepest curve the kind draws (rate 2.4)'
# ///
import numpy as np
from scipy import optimize


def logistic(x, capacity, rate, midpoint):
    return capacity / (1 + np.exp(-rate * (x - midpoint)))


rng = np.random.default_rng(11)
y_missing = y.copy()
y_missing[rng.choice(y.size, size=max(1, y.size // 10), replace=False)] = np.nan
p0 = [np.nanmax(y_missing), 1.0, np.median(x)]
# without bounds, data that show only the foot of the curve let the fit run off towards
# an ever larger capacity and a midpoint far beyond the data
bounds = ([0.0, 0.0, x.min()], [np.inf, np.inf, x.max()])
popt, pcov = optimize.curve_fit(logistic, x, y_missing, p0=p0, bounds=bounds, nan_policy="omit")
