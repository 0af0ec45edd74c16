# /// example
# # A KDE (a violin body, a density curve) is drawn for a sample that clearly spreads: standard
# # deviation above 1e-9 of its magnitude, and above 1e-100. For equal, nearly equal or astronomically
# # small values, whether rounding lets a density through is seaborn's call; the checks accept either.
# task = """
# Wrap the 2-D array `matrix` in a DataFrame `frame` with columns `feature_0`, `feature_1`, ... \
# and draw one violin per column (wide-form seaborn `violinplot`, inner box, cut at the data \
# range) on `fig, ax`; label the axes, add a title, then remove the top and right spines with \
# `sns.despine`, offsetting the remaining ones outward by 10 points and trimming them to the \
# data."""
# prompt = """
# Wrap my 2-D array `matrix` in a DataFrame `frame` with columns `feature_0`, `feature_1`, ... \
# and draw one seaborn violin per column (wide form, a mini box plot inside, densities cut at the \
# data range) on `fig, ax`. Label the axes and add a title, then remove the top and right spines, \
# offset the remaining ones outward by 10 points, and trim them to the data."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'pandas']
# inputs = { matrix = 'matrix' }
# checks = [
#     "list(frame.columns) == [f'feature_{i}' for i in range(matrix.shape[1])] and np.allclose(frame.to_numpy(), matrix)",
#     "not ax.spines['top'].get_visible() and not ax.spines['right'].get_visible()",
#     "ax.spines['left'].get_position() == ('outward', 10)",
#     # a violin per column that clearly spreads; a constant column is drawn as a single line
#     # (for nearly equal or astronomically small values, seaborn's call)
#     'sum(col.std() > 1e-9 * np.abs(col).max() + 1e-100 for col in matrix.T) <= len(ax.collections) <= (matrix.shape[1] if len(matrix) > 1 else 0)',
#     'figure_summary(fig).axes[0].xticklabels == list(frame.columns)',
# ]
# difficulty = 'basic'
# tags = ['violin-plot', 'reshaping', 'styling']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns

frame = pd.DataFrame(matrix, columns=[f"feature_{i}" for i in range(matrix.shape[1])])
fig, ax = plt.subplots(figsize=(6, 4))
# cut=0 ends each violin at its sample's min and max instead of extending the KDE past the data
sns.violinplot(data=frame, inner="box", cut=0, ax=ax)
ax.set(xlabel="Feature", ylabel="Value", title="Feature distributions")
sns.despine(ax=ax, offset=10, trim=True)
