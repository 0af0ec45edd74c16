# /// example
# # A KDE (a violin body, a density curve) is drawn for a sample that clearly spreads: standard
# # deviation above 1e-9 of its magnitude, and above 1e-100. For equal, nearly equal or astronomically
# # small values, whether rounding lets a density through is seaborn's call; the checks accept either.
# task = """
# Show the distribution of the 1-D array `values` as a filled seaborn KDE with a rug of the \
# individual observations along the x axis (`rugplot`, height 5% of the axes) on `fig, ax` (a \
# sample whose variance is zero in floating point has no density: only the rug, and no warning \
# with `warn_singular=False`); label the x axis "Value" and the y axis "Density" and add a \
# title."""
# prompt = """
# Show the distribution of my 1-D array `values` on `fig, ax` as a filled seaborn KDE, with a rug \
# of the individual observations along the x axis whose ticks are 5% of the axes tall. If the \
# sample's variance is zero in floating point there's no density: draw only the rug, without a \
# warning. Label the x axis "Value" and the y axis "Density" and add a title."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib']
# inputs = { values = 'values' }
# checks = [
#     # the rug: one stick per observation, 5% of the axes high, at the observation
#     "any(len(c.get_segments()) == len(values) and np.allclose([np.ptp(np.asarray(s)[:, 1]) for s in c.get_segments()], 0.05) for c in ax.collections if hasattr(c, 'get_segments'))",
#     "any(len(c.get_segments()) == len(values) and np.allclose(np.sort([np.asarray(s)[0, 0] for s in c.get_segments()]), np.sort(values)) for c in ax.collections if hasattr(c, 'get_segments'))",
#     # a filled density (a region of area 1) for a sample that clearly spreads (see _VALUES_SPREAD)
#     "not bool(values.std() > 1e-9 * np.abs(values).max() + 1e-100) or any(np.isclose(0.5 * abs(np.dot(x, np.roll(y, -1)) - np.dot(y, np.roll(x, -1))), 1, atol=0.02) for c in ax.collections for v in (p.vertices for p in c.get_paths()) for x, y in [(v[:, 0] - v[:, 0].mean(), v[:, 1])])",
#     "figure_summary(fig).axes[0].xlabel == 'Value' and figure_summary(fig).axes[0].ylabel == 'Density' and figure_summary(fig).axes[0].title != ''",
# ]
# difficulty = 'basic'
# tags = ['density-estimation']
# [edge_cases]
# constant = false
# min_size = 2
# why = 'a kernel density estimate needs a sample with two or more distinct values'
# ///
import matplotlib.pyplot as plt
import seaborn as sns

fig, ax = plt.subplots(figsize=(6, 4))
# warn_singular=False: a sample without variance simply gets no density
sns.kdeplot(x=values, fill=True, warn_singular=False, ax=ax)
sns.rugplot(x=values, height=0.05, ax=ax)
ax.set(xlabel="Value", ylabel="Density", title="KDE with rug of observations")
