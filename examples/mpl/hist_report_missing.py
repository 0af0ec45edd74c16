# /// example
# task = """
# Plot a histogram (25 bins) of the `income` column of the DataFrame `df`, which has missing \
# values: drop them explicitly, count them in `n_missing`, keep the bar counts in `counts`, and \
# report the number excluded in the title; label the axes. Draw on an Axes named `ax`."""
# prompt = """
# The `income` column of my survey DataFrame `df` has missing values. Make a 25-bin histogram of \
# it after dropping the NaNs explicitly, count them in `n_missing`, keep the bar counts in \
# `counts`, and report the exclusions in the title in the form "<n> missing" (e.g. "12 missing \
# values excluded"). Label the axes and draw on an Axes named `ax`."""
# domain = 'visualization'
# libraries = ['matplotlib', 'pandas']
# inputs = { df = 'survey' }
# checks = [
#     "n_missing == df['income'].isna().sum()",
#     "counts.sum() == df['income'].notna().sum()",
#     "f'{n_missing} missing' in ax.get_title()",
#     "np.allclose(counts, np.histogram(df['income'].dropna(), bins=25)[0])",
#     "np.allclose(figure_summary(ax).axes[0].bar_heights[0], np.histogram(df['income'].dropna(), bins=25)[0])",
#     "figure_summary(ax).axes[0].xlabel != '' and figure_summary(ax).axes[0].ylabel != ''",
# ]
# difficulty = 'basic'
# tags = ['missing-data', 'histogram']
# edge_cases = true
# ///
import matplotlib.pyplot as plt

income = df["income"]
n_missing = int(income.isna().sum())

fig, ax = plt.subplots()
# hist would skip NaN silently; dropping them explicitly keeps the excluded count in view
counts, edges, _ = ax.hist(income.dropna(), bins=25)
ax.set_xlabel("income")
ax.set_ylabel("count")
ax.set_title(f"Income ({n_missing} missing values excluded)")
