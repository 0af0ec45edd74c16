# /// example
# task = """
# Fit a straight line to `x`, `y` by least squares with `scipy.stats.linregress`; store the fit \
# in `result`, the coefficient of determination in `r_squared` and a 95% confidence interval for \
# the slope, built from its standard error and the t distribution, in `slope_ci`. `true_params` \
# holds the (slope, intercept) used to simulate the data. Plot the data points (label "data") and \
# the fitted line (label "least-squares fit") on the Axes `ax` with axis labels "x" and "y" and a \
# legend."""
# prompt = """
# Fit a least-squares line to `x` and `y` with scipy's linregress (store it in `result`); \
# `true_params` has the (slope, intercept) used to simulate the data. Store R squared in \
# `r_squared` and a 95% confidence interval for the slope, from its standard error and the t \
# distribution with n - 2 degrees of freedom, in `slope_ci`. On the Axes `ax`, plot the data \
# points labelled "data" and the fitted line labelled "least-squares fit", with axis labels "x" \
# and "y" and a legend."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'matplotlib']
# inputs = { x = 'line.x', y = 'line.y', true_params = 'line.params' }
# checks = [
#     'np.allclose([result.slope, result.intercept], np.polyfit(x, y, 1))',
#     'np.isclose(r_squared, np.corrcoef(x, y)[0, 1] ** 2)',
#     # on noise-free data the standard error is 0 and the interval collapses onto the slope
#     'slope_ci[0] <= result.slope <= slope_ci[1]',
#     'np.allclose(slope_ci, result.slope + np.array([-1, 1]) * scipy.stats.t.ppf(0.975, len(x) - 2) * result.stderr)',
#     # the true values lie within a (1 - 2e-7) t interval, up to rounding on an exact line
#     'abs(result.slope - true_params[0]) <= scipy.stats.t.isf(1e-7, len(x) - 2) * result.stderr + 1e-9 * abs(true_params[0])',
#     'abs(result.intercept - true_params[1]) <= scipy.stats.t.isf(1e-7, len(x) - 2) * result.intercept_stderr + 1e-9 * (abs(true_params[1]) + abs(true_params[0]) * np.abs(x).max())',
#     "figure_summary().axes[0].legend_labels == ['data', 'least-squares fit']",
#     # the points as a scatter (a collection) or as a marker-only line, plus the fitted line
#     '(figure_summary().axes[0].n_lines, figure_summary().axes[0].n_collections) in ((1, 1), (2, 0))',
# ]
# difficulty = 'intermediate'
# tags = ['regression', 'confidence-interval']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
from scipy import stats

result = stats.linregress(x, y)
r_squared = result.rvalue**2
# 0.975 leaves 2.5% in each tail; the fitted slope and intercept use up two degrees of freedom
t_crit = stats.t.ppf(0.975, df=len(x) - 2)
slope_ci = (result.slope - t_crit * result.stderr, result.slope + t_crit * result.stderr)

fig, ax = plt.subplots()
ax.scatter(x, y, s=15, label="data")
ax.plot(x, result.intercept + result.slope * x, color="tab:red", label="least-squares fit")
ax.set(
    xlabel="x",
    ylabel="y",
    title=f"y = {result.slope:.2f} x + {result.intercept:.2f} (R² = {r_squared:.3f})",
)
ax.legend()
