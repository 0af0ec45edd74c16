# /// example
# task = """
# Corrupt the last 10% of the responses `y` (`len(y) // 10` of them, at least one: a failing \
# sensor reading far too low) into \
# `y_contaminated`, then fit a line to `x`, `y_contaminated` both by ordinary least squares \
# (`ols`, with linregress) and by Siegel's repeated-medians estimator (`robust`, with \
# siegelslopes). `true_params` holds the true (slope, intercept)."""
# prompt = """
# To see how robust line fits are, corrupt the last 10% of the responses `y` (`len(y) // 10` of \
# them, at least one) as if a failing sensor read far too low, giving `y_contaminated`. Fit a \
# line to `x`, `y_contaminated` with ordinary least squares via linregress (`ols`) and with \
# Siegel's repeated-medians estimator (`robust`); `true_params` holds the true (slope, intercept)."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = { x = 'line.x', y = 'line.y', true_params = 'line.params' }
# checks = [
#     'y_contaminated.shape == y.shape and np.sum(y_contaminated != y) == max(1, len(y) // 10)',
#     'abs(robust.slope - true_params[0]) < abs(ols.slope - true_params[0])',
#     'abs(robust.slope - true_params[0]) < 0.2 * abs(true_params[0])',
# ]
# difficulty = 'intermediate'
# tags = ['regression', 'robust-statistics', 'outliers']
# edge_cases = true
# ///
import numpy as np
from scipy import stats

n_bad = max(1, len(y) // 10)
y_contaminated = y.copy()
y_contaminated[-n_bad:] -= 5 * np.ptp(y)

ols = stats.linregress(x, y_contaminated)
# repeated medians tolerate up to 50% contaminated points
robust = stats.siegelslopes(y_contaminated, x)
