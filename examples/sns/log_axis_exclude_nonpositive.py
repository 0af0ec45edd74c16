# /// example
# task = """
# Values that are zero or negative cannot be shown on a logarithmic axis. From the array `y`, \
# keep the finite, strictly positive values in `positive`, count the others in `n_excluded`, and \
# draw a histogram of `positive` with seaborn `histplot` on a log x axis (`log_scale=True`) on \
# `fig, ax`; label the axes and state the number excluded in the title."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'numpy']
# inputs = { y = 'line.y' }
# checks = [
#     'n_excluded == np.sum(~(np.isfinite(y) & (y > 0))) and np.all(positive > 0)',
#     'np.isclose(sum(p.get_height() for p in ax.patches), len(positive))',
#     "figure_summary(fig).axes[0].xscale == 'log'",
#     "f'{n_excluded} excluded' in figure_summary(fig).axes[0].title",
# ]
# difficulty = 'intermediate'
# tags = ['error-handling', 'log-scale', 'histplot', 'validation']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import numpy as np
import seaborn as sns

keep = np.isfinite(y) & (y > 0)
positive = y[keep]
n_excluded = int((~keep).sum())
fig, ax = plt.subplots(figsize=(6, 4))
sns.histplot(x=positive, log_scale=True, bins=15, ax=ax)
ax.set(xlabel="y (log scale)", ylabel="Count", title=f"Positive values ({n_excluded} excluded)")
