# /// example
# # A KDE (a violin body, a density curve) is drawn for a sample that clearly spreads: standard
# # deviation above 1e-9 of its magnitude, and above 1e-100. For equal, nearly equal or astronomically
# # small values, whether rounding lets a density through is seaborn's call; the checks accept either.
# task = """
# Draw filled KDEs of `response` per `treatment` (hue, each group normalised on its own) in one \
# panel per `site` of the DataFrame `trial` with the figure-level seaborn `displot` \
# (`kind="kde"`), leaving out without a warning the groups whose responses do not vary \
# (`warn_singular=False`); keep the grid in `g`, label the axes "Response" and "Density" with \
# `g.set_axis_labels`, use the site names as panel titles and title the legend "Treatment"."""
# prompt = """
# Using seaborn's figure-level distribution plot, draw filled KDEs of `response` coloured by \
# `treatment`, each group normalised on its own, with one panel per `site` of the DataFrame \
# `trial`. Groups whose responses don't vary have no density, so leave them out without a \
# warning. Keep the grid in `g`, label the axes "Response" and "Density", use just the site names \
# as panel titles, and title the legend "Treatment"."""
# domain = 'visualization'
# libraries = ['seaborn']
# inputs = { trial = 'trial' }
# checks = [
#     "(lambda shown: len(shown) == len(set(shown)) and set(trial['site'].dropna().astype(str)) <= set(shown) <= set(trial['site'].cat.categories.astype(str)))(list(figure_summary(g.figure).titles))",
#     # one filled density per site and treatment whose responses spread (see _RESPONSE_SPREAD)
#     "(lambda n, groups: groups['spread'].sum() <= n <= groups['count'].gt(1).sum())(sum(len(ax.collections) for ax in g.axes.flat), trial.groupby(['site', 'treatment'], observed=True)['response'].agg(count='count', spread=lambda r: bool(r.std() > 1e-9 * r.abs().max() + 1e-100)))",
#     "(lambda shown: len(shown) == len(set(shown)) and set(trial['treatment'].dropna().astype(str)) <= set(shown) <= set(trial['treatment'].cat.categories.astype(str)))(list(figure_summary(g.figure).legend_labels))",
#     "g.legend.get_title().get_text() == 'Treatment'",
#     "figure_summary(g.figure).axes[0].ylabel == 'Density'",
#     # each group normalised on its own: every filled density encloses an area of 1
#     "all(np.isclose(0.5 * abs(np.sum(v[:, 0] * np.roll(v[:, 1], -1) - np.roll(v[:, 0], -1) * v[:, 1])), 1, atol=0.02) for ax in g.axes.flat for c in ax.collections for v in [np.concatenate([p.vertices for p in c.get_paths()])])",
# ]
# difficulty = 'intermediate'
# tags = ['histogram', 'facets', 'density-estimation']
# edge_cases = true
# ///
import seaborn as sns

g = sns.displot(
    data=trial,
    x="response",
    hue="treatment",
    col="site",
    kind="kde",
    fill=True,
    common_norm=False,
    height=3,
    warn_singular=False,  # a group with one value, or all values equal, has no density: skip it quietly
)
g.set_axis_labels("Response", "Density")
g.set_titles("{col_name}")
g.legend.set_title("Treatment")
