# /// example
# # A KDE (a violin body, a density curve) is drawn for a sample that clearly spreads: standard
# # deviation above 1e-9 of its magnitude, and above 1e-100. For equal, nearly equal or astronomically
# # small values, whether rounding lets a density through is seaborn's call; the checks accept either.
# task = """
# Show the distribution of the 1-D array `values` as a filled seaborn KDE with a rug of the \
# individual observations along the x axis (`rugplot`, height 5% of the axes) on `fig, ax` (a \
# sample whose variance is zero in floating point has no density: only the rug, and no warning \
# with `warn_singular=False`); label the axes and add a title."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib']
# inputs = { values = 'values' }
# checks = [
#     "'LineCollection' in figure_summary(fig).axes[0].collection_types",
#     "any(type(c).__name__ == 'LineCollection' and len(c.get_segments()) == len(values) for c in ax.collections)",
#     # a filled density (a PolyCollection) for a sample that clearly spreads (see _VALUES_SPREAD)
#     "not bool(values.std() > 1e-9 * np.abs(values).max() + 1e-100) or any('Poly' in t for t in figure_summary(fig).axes[0].collection_types)",
#     "figure_summary(fig).axes[0].xlabel == 'Value' and figure_summary(fig).axes[0].title != ''",
# ]
# difficulty = 'basic'
# tags = ['kdeplot', 'rugplot']
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
