# /// example
# task = """
# Draw a kernel density estimate of the positive, right-skewed sample `skewed` with seaborn's \
# `kdeplot` on `fig, ax`, with the default Scott bandwidth but the curve evaluated only over the \
# observed data range, from the smallest to the largest value (`cut=0`), so no density appears \
# below the minimum. Label the axes "value" and "density"."""
# prompt = """
# My sample `skewed` is positive and right-skewed, and the default KDE curve leaks below zero. \
# Plot the KDE with seaborn on `fig, ax` (default bandwidth) but only between the smallest and \
# largest observed values. Axis labels "value" and "density"."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'scipy.stats']
# inputs = { skewed = 'skewed' }
# checks = [
#     '(lambda xy, v: np.isclose(xy[0, 0], v.min()) and np.isclose(xy[-1, 0], v.max()))(figure_summary(fig).axes[0].lines_xy[0], skewed[np.isfinite(skewed)])',
#     # the curve is the Gaussian KDE with Scott's bandwidth, evaluated at the drawn x positions
#     '(lambda xy, v: np.allclose(xy[:, 1], scipy.stats.gaussian_kde(v)(xy[:, 0]), rtol=1e-6, atol=1e-12))(figure_summary(fig).axes[0].lines_xy[0], skewed[np.isfinite(skewed)])',
#     'figure_summary(fig).axes[0].xlabel == "value" and figure_summary(fig).axes[0].ylabel == "density"',
# ]
# difficulty = 'basic'
# tags = ['density-estimation']
# edge_cases = { constant = false, min_size = 2, why = "a kernel density needs at least two distinct values" }
# ///
import matplotlib.pyplot as plt
import seaborn as sns

fig, ax = plt.subplots(figsize=(6, 3.5))
# cut=0 stops the evaluation grid at the data extremes instead of 3 bandwidths beyond them
sns.kdeplot(x=skewed, cut=0, ax=ax)
ax.set(xlabel="value", ylabel="density", title="Density of the sample")
