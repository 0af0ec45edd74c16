# /// example
# task = """
# Estimate a 95% percentile bootstrap confidence interval for the mean change after - before of \
# the paired measurements `before` and `after` (resampling subjects so pairs stay together, 2000 \
# resamples, seeded Generator); store the result in `result` and the interval in `ci`. On the \
# Axes `ax`, draw a 40-bin histogram of the bootstrap distribution with two dashed vertical \
# lines at the interval ends, x label "mean change (after - before)", y label \
# "bootstrap replicates" and a title."""
# prompt = """
# I measured the same subjects `before` and `after` a treatment. Bootstrap a 95% confidence \
# interval for the mean change after - before with the percentile method, resampling subjects so \
# each pair stays together, 2000 resamples and a seeded Generator; keep the result in `result` \
# and the interval in `ci`. Then on the Axes `ax` plot a 40-bin histogram of the bootstrap \
# distribution with two dashed vertical lines at the interval ends (no other lines), x label \
# "mean change (after - before)", y label "bootstrap replicates" and a title."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy', 'matplotlib']
# inputs = { before = 'paired.a', after = 'paired.b' }
# checks = [
#     # up to rounding: equal changes collapse the interval onto their mean
#     '(lambda d, tol: ci.low - tol <= d.mean() <= ci.high + tol)(after - before, 1e-9 * np.abs(after - before).max())',
#     # the bootstrap standard error of a mean approaches sd / sqrt(n)
#     'np.isclose(result.standard_error, np.std(after - before) / np.sqrt(len(before)), rtol=0.1, atol=1e-9 * np.abs(after - before).max())',
#     'len(result.bootstrap_distribution) == 2000',
#     'np.isclose(result.standard_error, np.std(result.bootstrap_distribution, ddof=1))',
#     'figure_summary().axes[0].n_patches == 40 and figure_summary().axes[0].n_lines == 2',
#     "figure_summary().axes[0].xlabel == 'mean change (after - before)' and figure_summary().axes[0].ylabel == 'bootstrap replicates'",
#     # every replicate falls in one of the 40 bins
#     'figure_summary().axes[0].bar_heights[0].sum() == 2000',
# ]
# difficulty = 'advanced'
# tags = ['bootstrap', 'paired-samples', 'confidence-interval']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import numpy as np
from scipy import stats


def mean_change(x, y, axis):
    return np.mean(y - x, axis=axis)


# paired=True resamples subjects, keeping each before/after pair intact
result = stats.bootstrap(
    (before, after),
    mean_change,
    paired=True,
    vectorized=True,
    n_resamples=2000,
    # stays defined when every subject changed by the same amount, where the default
    # BCa method has no spread to correct with and returns NaN
    method="percentile",
    random_state=np.random.default_rng(1),
)
ci = result.confidence_interval

fig, ax = plt.subplots()
# explicit edges: numpy refuses 40 equal-width bins over a range of a few floating-point
# steps, as when every subject changed by the same amount
replicates = result.bootstrap_distribution
edges = np.linspace(replicates.min(), replicates.max(), 41)
ax.hist(replicates, bins=edges, color="lightgrey")
for bound in (ci.low, ci.high):
    ax.axvline(bound, color="tab:red", linestyle="--")
ax.set(
    xlabel="mean change (after - before)",
    ylabel="bootstrap replicates",
    title="Bootstrap distribution of the mean change with 95% CI",
)
