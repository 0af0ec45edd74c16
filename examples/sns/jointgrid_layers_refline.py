# /// example
# task = """
# Build a seaborn `JointGrid` `g` for `score` against `income` from the DataFrame `survey` (rows \
# with either value missing dropped by the grid), draw semi-transparent points in the joint axes, \
# histograms of 20 bins with KDE curves in the margins, and dashed reference lines at the median \
# income and median score with `g.refline`; label the axes "Income" and "Score"."""
# prompt = """
# From my DataFrame `survey`, build a seaborn JointGrid `g` of `score` against `income` (rows \
# with either value missing dropped), with semi-transparent points in the joint axes, 20-bin \
# histograms with KDE curves in the margins, and dashed reference lines at the median income and \
# median score. Label the axes "Income" and "Score"."""
# domain = 'visualization'
# libraries = ['seaborn']
# inputs = { survey = 'survey' }
# checks = [
#     "len(g.ax_joint.collections[0].get_offsets()) == len(survey[['income', 'score']].dropna())",
#     "any(np.allclose(ln.get_xdata(), survey['income'].median()) for ln in g.ax_joint.lines)",
#     "any(np.allclose(ln.get_ydata(), survey['score'].median()) for ln in g.ax_joint.lines)",
#     'len(g.ax_marg_x.patches) > 0 and len(g.ax_marg_y.patches) > 0',
#     # the marginal histograms count only the rows where both values are present, in 20 bins
#     "np.allclose([p.get_height() for p in g.ax_marg_x.patches], np.histogram(survey[['income', 'score']].dropna()['income'], bins=20)[0])",
#     "np.allclose([p.get_width() for p in g.ax_marg_y.patches], np.histogram(survey[['income', 'score']].dropna()['score'], bins=20)[0])",
#     "g.ax_joint.get_xlabel() == 'Income' and g.ax_joint.get_ylabel() == 'Score'",
# ]
# difficulty = 'advanced'
# tags = ['marginal-distributions', 'annotation', 'missing-data']
# edge_cases = true
# ///
import seaborn as sns

g = sns.JointGrid(data=survey, x="income", y="score", dropna=True, height=5)
g.plot_joint(sns.scatterplot, s=15, alpha=0.6)
g.plot_marginals(sns.histplot, kde=True, bins=20)
# refline draws the median lines on the joint axes and on both marginal axes
g.refline(x=survey["income"].median(), y=survey["score"].median())
g.set_axis_labels("Income", "Score")
