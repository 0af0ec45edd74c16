# /// example
# task = """
# The columns of the DataFrame `measurements` have different units. Standardise every column to \
# z-scores in `standardized` (minus the column mean, over the sample standard deviation with \
# ddof=1; a column without spread has none: NaN), melt it to long form \
# (`variable`, `value`) without the missing values and draw one horizontal seaborn box plot per \
# variable on `fig, ax` with whiskers at the 5th and 95th percentiles (`whis=(5, 95)`); label \
# the x axis "z-score", add a title and mark zero with a vertical dashed line \
# (`linestyle="--"`)."""
# prompt = """
# The columns of my DataFrame `measurements` are in different units. Standardise each column to \
# z-scores in `standardized` (subtract the column mean, divide by the sample standard deviation \
# with ddof=1; a column with no spread becomes NaN), melt it to long form (`variable`, `value`) \
# dropping missing values, and draw one horizontal seaborn box plot per variable on `fig, ax` \
# with whiskers at the 5th and 95th percentiles. Label the x axis "z-score", add a title, and \
# mark zero with a vertical dashed ("--") line."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'pandas']
# inputs = { measurements = 'measurements' }
# checks = [
#     'np.allclose(standardized, (measurements - measurements.mean()) / measurements.std(), equal_nan=True)',
#     # mean 0 and standard deviation 1 wherever the spread is far from underflow
#     '(lambda z: np.allclose(z.mean(), 0) and np.allclose(z.std(), 1))(standardized.loc[:, measurements.std() > 1e-150])',
#     'figure_summary(fig).axes[0].yticklabels == [c for c in measurements.columns if standardized[c].notna().any()]',
#     'np.allclose([m.get_xdata()[0] for m in ax.containers[0].medians], standardized.median().dropna())',
#     "any(ln.get_linestyle() == '--' and np.allclose(ln.get_xdata(), 0) for ln in ax.lines)",
#     "figure_summary(fig).axes[0].xlabel == 'z-score' and figure_summary(fig).axes[0].title != ''",
# ]
# difficulty = 'intermediate'
# tags = ['box-plot', 'reshaping', 'standardization']
# [edge_cases]
# constant = false
# min_size = 2
# why = "a z-score divides by the column's standard deviation: the columns need two or more distinct values, or no box is left to draw"
# ///
import matplotlib.pyplot as plt
import seaborn as sns

standardized = (measurements - measurements.mean()) / measurements.std()
# a column with zero standard deviation has no z-scores (all NaN): it gets no box
long = standardized.melt(var_name="variable", value_name="value").dropna()
fig, ax = plt.subplots(figsize=(6, 4))
sns.boxplot(data=long, x="value", y="variable", whis=(5, 95), ax=ax)
ax.set(xlabel="z-score", ylabel="", title="Standardised measurements")
ax.axvline(0, color="gray", linestyle="--", linewidth=1)
