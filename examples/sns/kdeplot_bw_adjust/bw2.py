# /// example
# # A KDE (a violin body, a density curve) is drawn for a sample that clearly spreads: standard
# # deviation above 1e-9 of its magnitude, and above 1e-100. For equal, nearly equal or astronomically
# # small values, whether rounding lets a density through is seaborn's call; the checks accept either.
# task = """
# Draw a kernel density estimate of the 1-D array `values` with seaborn `kdeplot` on `fig, ax`, \
# scaling Scott's bandwidth by `bw_adjust=2.0` (a sample whose variance is zero in floating point \
# has no density: no curve, and no warning with `warn_singular=False`); label the axes "Value" \
# and "Density" and put the factor in the title."""
# prompt = """
# Please plot a KDE of the 1-D array `values` with seaborn on `fig, ax`, smoothing more than \
# usual by multiplying the default Scott bandwidth by 2.0 (default cut otherwise). A sample whose \
# variance is zero in floating point has no density, so then no curve and no warning. Label the \
# axes "Value" and "Density" and include the factor 2.0 in the title."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib']
# inputs = { values = 'values' }
# checks = [
#     # one curve for a sample that clearly spreads (see _VALUES_SPREAD); at most one otherwise
#     'figure_summary(fig).axes[0].n_lines == 1 if bool(values.std() > 1e-9 * np.abs(values).max() + 1e-100) else figure_summary(fig).axes[0].n_lines <= 1',
#     # the curve extends cut=3 bandwidths beyond the data; bandwidth = Scott factor * std * bw_adjust
#     'not bool(values.std() > 1e-9 * np.abs(values).max() + 1e-100) or np.isclose(ax.lines[0].get_xdata().min(), values.min() - 3 * 2.0 * values.std(ddof=1) * len(values) ** -0.2)',
#     'not bool(values.std() > 1e-9 * np.abs(values).max() + 1e-100) or (lambda x, y: np.isclose(np.sum(np.diff(x) * (y[1:] + y[:-1]) / 2), 1.0, atol=0.01))(ax.lines[0].get_xdata(), ax.lines[0].get_ydata())',
#     "'2.0' in figure_summary(fig).axes[0].title and figure_summary(fig).axes[0].xlabel == 'Value'",
# ]
# difficulty = 'basic'
# tags = ['density-estimation', 'parameter-choice']
# family = 'sns.kdeplot_bw_adjust'
# [edge_cases]
# constant = false
# min_size = 2
# why = 'a kernel density estimate needs a sample with two or more distinct values'
# ///
import matplotlib.pyplot as plt
import seaborn as sns

fig, ax = plt.subplots(figsize=(6, 4))
# bw_adjust < 1 follows the data more closely, > 1 smooths more;
# warn_singular=False: a sample without variance simply gets no curve
sns.kdeplot(x=values, bw_adjust=2.0, warn_singular=False, ax=ax)
ax.set(xlabel="Value", ylabel="Density", title="KDE, bw_adjust=2.0")
