# /// example
# task = """
# Build a seaborn `PairGrid` `g` over the three columns `income`, `score` and `hours` of the \
# DataFrame `survey` (independent y axes on the diagonal) with scatter plots in the upper \
# triangle, filled KDE contours in the lower triangle (a pair without a 2-D density, points all \
# on one line, gets none, without a warning: `warn_singular=False`) and histograms with KDE \
# curves on the diagonal; add the figure title "Survey variables"."""
# prompt = """
# Build a seaborn PairGrid `g` over the three columns `income`, `score` and `hours` of my \
# DataFrame `survey`, with independent y axes on the diagonal: scatter plots in the upper \
# triangle, filled KDE contours in the lower triangle (a pair with no 2-D density, all points on \
# a line, just gets none and no warning), and histograms with KDE curves on the diagonal. Give \
# the figure the title "Survey variables"."""
# domain = 'visualization'
# libraries = ['seaborn']
# inputs = { survey = 'survey' }
# checks = [
#     "g.axes.shape == (3, 3) and [ax.get_xlabel() for ax in g.axes[-1]] == ['income', 'score', 'hours']",
#     # upper triangle, row `income` and column `score`: the points of the pair without missing values
#     # (points with a missing coordinate are not drawn: seaborn drops them, plt.scatter masks them)
#     "(lambda off, xy: len(off) == len(xy) and np.allclose(off, xy))((lambda o: o[np.isfinite(o).all(axis=1)])(np.ma.filled(np.ma.asarray(g.axes[0, 1].collections[0].get_offsets(), dtype=float), np.nan)), survey[['score', 'income']].dropna().to_numpy())",
#     # filled contours (filled shapes, not markers at the points) wherever score against income has a 2-D density: three or more points, covariance far from singular
#     "(lambda xy: len(xy) < 3 or np.linalg.cond(np.cov(xy, rowvar=False)) > 1e8 or any(len(c.get_paths()) > 0 and len(c.get_facecolor()) > 0 and len(c.get_offsets()) <= 1 for c in g.axes[1, 0].collections))(survey[['income', 'score']].dropna().to_numpy())",
#     'all(len(ax.patches) > 0 for ax in g.diag_axes)',
#     "figure_summary(g.figure).suptitle == 'Survey variables'",
# ]
# difficulty = 'advanced'
# tags = ['facets', 'scatter-plot', 'density-estimation']
# [edge_cases]
# constant = false
# why = "the bivariate KDEs need every variable to vary: a constant column has no 2-D density, and rounding in its mean can make seaborn's contour levels collide (ValueError)"
# ///
import seaborn as sns

g = sns.PairGrid(survey, vars=["income", "score", "hours"], diag_sharey=False, height=2.2)
g.map_upper(sns.scatterplot, s=10)
# warn_singular=False: a degenerate pair (zero variance, perfectly correlated) simply gets no contours
g.map_lower(sns.kdeplot, fill=True, levels=5, warn_singular=False)
g.map_diag(sns.histplot, kde=True)
g.figure.suptitle("Survey variables", y=1.02)
