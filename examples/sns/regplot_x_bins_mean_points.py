# /// example
# task = """
# The noisy straight-line data `x`, `y` has too many points to read. Draw it with seaborn \
# `regplot` on `fig, ax`, replacing the raw points by the mean of `y` in bins centred at x = 1, \
# 3, 5, 7 and 9 (each `x` goes to its nearest centre), while the straight-line fit still uses \
# every raw point; show no confidence intervals. Label the axes "x" and "Mean y" and add a title."""
# prompt = """
# I have noisy linear data `x`, `y` and the scatter is too busy. With seaborn on `fig, ax`, show \
# the regression line fitted to all the raw points but plot only the mean `y` per bin, with bin \
# centres at `1`, `3`, `5`, `7` and `9` (points go to the nearest centre). No confidence \
# intervals. Axis labels "x" and "Mean y", and a title please."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'numpy']
# inputs = { x = 'line.x', y = 'line.y' }
# checks = [
#     # one point per non-empty bin at its centre, at the mean y (ties go to the lower centre)
#     "(lambda c: (lambda k: np.allclose(ax.collections[0].get_offsets(), [[c[i], np.mean(y[k == i])] for i in np.unique(k)]))(np.argmin(np.abs(np.subtract.outer(x, c)), axis=1)))(np.array([1.0, 3.0, 5.0, 7.0, 9.0]))",
#     "len(ax.lines) == 1 and np.allclose(ax.lines[0].get_ydata(), np.polyval(np.polyfit(x, y, 1), ax.lines[0].get_xdata()))",
#     "figure_summary(fig).axes[0].xlabel == 'x' and figure_summary(fig).axes[0].ylabel == 'Mean y' and figure_summary(fig).axes[0].title != ''",
# ]
# difficulty = 'intermediate'
# tags = ['regression', 'scatter-plot', 'binning']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import numpy as np
import seaborn as sns

fig, ax = plt.subplots(figsize=(6, 3.5))
# x_bins only changes the drawn points; the fit is still made on the raw data
sns.regplot(x=x, y=y, x_bins=[1, 3, 5, 7, 9], x_estimator=np.mean, ci=None, ax=ax)
ax.set(xlabel="x", ylabel="Mean y", title="Binned means with the linear fit")
