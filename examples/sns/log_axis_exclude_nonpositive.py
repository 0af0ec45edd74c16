# /// example
# task = """
# Values that are zero or negative cannot be shown on a logarithmic axis. From the array `y`, \
# keep the finite, strictly positive values in `positive`, count the others in `n_excluded`, and \
# draw a 15-bin histogram of `positive` with seaborn `histplot` on a log x axis (`log_scale=True`, \
# so the bins are equally wide in log10) on `fig, ax`; label the axes and state the number \
# excluded in the title."""
# prompt = """
# Zero or negative values can't go on a log axis. From my array `y`, keep the finite, strictly \
# positive values in `positive`, count the rest in `n_excluded`, and draw a 15-bin seaborn \
# histogram of `positive` on a logarithmic x axis (bins equally wide in log10) on `fig, ax`. \
# Label the axes and say how many were dropped in the title, in the form "<n> excluded"."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'numpy']
# inputs = { y = 'line.y' }
# checks = [
#     'n_excluded == np.sum(~(np.isfinite(y) & (y > 0))) and np.all(positive > 0)',
#     'np.isclose(sum(p.get_height() for p in ax.patches), len(positive))',
#     "figure_summary(fig).axes[0].xscale == 'log'",
#     # 15 bins spaced evenly in log10 between the smallest and largest positive value
#     'len(positive) == 0 or np.allclose([p.get_height() for p in ax.patches], np.histogram(np.log10(positive), bins=15)[0])',
#     "f'{n_excluded} excluded' in figure_summary(fig).axes[0].title",
# ]
# difficulty = 'intermediate'
# tags = ['log-scale', 'histogram']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import numpy as np
import seaborn as sns

# zero and negative values have no place on a log axis, so they are counted and left out
keep = np.isfinite(y) & (y > 0)
positive = y[keep]
n_excluded = int((~keep).sum())
fig, ax = plt.subplots(figsize=(6, 4))
sns.histplot(x=positive, log_scale=True, bins=15, ax=ax)
ax.set(xlabel="y (log scale)", ylabel="Count", title=f"Positive values ({n_excluded} excluded)")
