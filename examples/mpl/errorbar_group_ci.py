# /// example
# task = """
# Plot the means of the samples `a`, `b` and `c` as points with 95 % confidence intervals (1.96 \
# standard errors) as error bars with caps; keep the means in `means` and the half-widths in \
# `ci95`, use "A", "B", "C" as x positions, and label the axes and title. Keep the figure in \
# `fig`."""
# prompt = """
# Plot the means of samples `a`, `b` and `c` as points with 95% confidence intervals drawn as \
# capped error bars in a single error-bar series, where the half-width is 1.96 standard errors \
# computed from the sample standard deviation (ddof=1). Keep the means in `means` and the \
# half-widths in `ci95`, use "A", "B", "C" as the x positions, label the axes, add a title, and \
# keep the figure in `fig`."""
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = { a = 'groups.a', b = 'groups.b', c = 'groups.c' }
# checks = [
#     'figure_summary(fig).axes[0].n_errorbars == 1',
#     'np.allclose(means, [a.mean(), b.mean(), c.mean()])',
#     'np.isclose(ci95[0], 1.96 * a.std(ddof=1) / np.sqrt(len(a)))',
#     "figure_summary(fig).axes[0].title != ''",
#     "figure_summary(fig).axes[0].xlabel != '' and figure_summary(fig).axes[0].ylabel != ''",
# ]
# difficulty = 'basic'
# tags = ['error-bars', 'confidence-interval']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import numpy as np

samples = {"A": a, "B": b, "C": c}
means = np.array([s.mean() for s in samples.values()])
# 1.96 is the normal-approximation quantile; for small groups a t quantile gives wider intervals
ci95 = np.array([1.96 * s.std(ddof=1) / np.sqrt(s.size) for s in samples.values()])

fig, ax = plt.subplots()
ax.errorbar(list(samples), means, yerr=ci95, fmt="o", capsize=5)
ax.set_xlabel("group")
ax.set_ylabel("mean measurement")
ax.set_title("Group means with 95 % confidence intervals")
