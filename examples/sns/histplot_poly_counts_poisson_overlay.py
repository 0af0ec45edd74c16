# /// example
# task = """
# The array `event_counts` holds non-negative integer counts. Draw their empirical distribution \
# with seaborn's `histplot` on `fig, ax` as a frequency polygon: one point per integer value from \
# the smallest to the largest count (`discrete=True`), heights as proportions \
# (`stat="probability"`), drawn as an unfilled outline (`element="poly", fill=False`). Then add, \
# as a second, dashed line (`linestyle="--"`), the Poisson probabilities at the same integers for a Poisson \
# distribution whose mean is the sample mean. Label the axes "count" and "probability" and add a \
# legend with the entries "observed" and "Poisson"."""
# prompt = """
# Do my `event_counts` look Poisson? Please draw their observed distribution with seaborn on \
# `fig, ax` as a frequency polygon (a point per integer value from min to max, heights as \
# proportions, no fill) and overlay a dashed line (`"--"`) of the Poisson pmf at the same integers, with \
# the mean set to the sample mean. Axis labels "count" and "probability", legend entries \
# "observed" and "Poisson"."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'scipy.stats', 'numpy']
# inputs = { event_counts = 'event_counts' }
# checks = [
#     # the polygon runs through every integer from min to max at its observed share (0 where absent)
#     '(lambda v: any(len(xy) == v.max() - v.min() + 1 and np.allclose(xy, np.column_stack([np.arange(v.min(), v.max() + 1), np.bincount(v - v.min()) / len(v)])) for xy in figure_summary(fig).axes[0].lines_xy))(np.asarray(event_counts)[np.isfinite(event_counts)].astype(int))',
#     '(lambda v: any(ln.get_linestyle() == "--" and np.allclose(ln.get_xydata(), np.column_stack([np.arange(v.min(), v.max() + 1), scipy.stats.poisson.pmf(np.arange(v.min(), v.max() + 1), v.mean())])) for ln in ax.lines))(np.asarray(event_counts)[np.isfinite(event_counts)].astype(int))',
#     'sorted(figure_summary(fig).axes[0].legend_labels) == ["Poisson", "observed"]',
#     'figure_summary(fig).axes[0].xlabel == "count" and figure_summary(fig).axes[0].ylabel == "probability"',
# ]
# difficulty = 'intermediate'
# tags = ['histogram', 'probability-distributions', 'goodness-of-fit']
# edge_cases = { min_size = 1, nan = false, why = "event counts are whole numbers, never missing, and the Poisson mean needs at least one count" }
# ///
import matplotlib.pyplot as plt
import numpy as np
import seaborn as sns
from scipy import stats

counts = np.asarray(event_counts, dtype=int)
support = np.arange(counts.min(), counts.max() + 1)

fig, ax = plt.subplots(figsize=(6, 3.5))
# discrete=True centres one bin on each integer; element="poly" joins the bin heights with a line
sns.histplot(
    x=counts,
    discrete=True,
    stat="probability",
    element="poly",
    fill=False,
    label="observed",
    ax=ax,
)
ax.plot(support, stats.poisson.pmf(support, counts.mean()), "--o", color="gray", label="Poisson")
ax.set(xlabel="count", ylabel="probability", title="Observed counts vs Poisson")
ax.legend()
