# /// example
# task = """
# Fit a linear regression of `response` on `dose` separately for each `treatment` (hue) and each \
# `site` (one column of panels per site) of the DataFrame `trial` with the figure-level seaborn \
# `lmplot`, without confidence bands; keep the grid in `g`, set the axis labels to "Dose (mg)" \
# and "Response" with `g.set_axis_labels`, and panel titles "Site: <name>" with `g.set_titles`."""
# prompt = """
# I'd like linear regressions of `response` on `dose` fitted separately for each `treatment` (as \
# hue) and each `site` (one column of panels per site) from my DataFrame `trial`, using seaborn's \
# figure-level regression plot without confidence bands. Keep the grid in `g`, set the axis \
# labels to "Dose (mg)" and "Response", and title the panels "Site: <name>"."""
# domain = 'visualization'
# libraries = ['seaborn']
# inputs = { trial = 'trial' }
# checks = [
#     "all(t.startswith('Site: ') for t in figure_summary(g.figure).titles)",
#     "(lambda shown: len(shown) == len(set(shown)) and set(trial['site'].dropna().astype(str)) <= set(shown) <= set(trial['site'].cat.categories.astype(str)))(list(t.removeprefix('Site: ') for t in figure_summary(g.figure).titles))",
#     "(lambda shown: len(shown) == len(set(shown)) and set(trial['treatment'].dropna().astype(str)) <= set(shown) <= set(trial['treatment'].cat.categories.astype(str)))(list(figure_summary(g.figure).legend_labels))",
#     "figure_summary(g.figure).axes[0].xlabel == 'Dose (mg)' and figure_summary(g.figure).axes[0].ylabel == 'Response'",
#     # a fitted line for each site and treatment with two or more rows (one point fits no line)
#     "sum(len(ax.lines) for ax in g.axes.flat) == trial.groupby(['site', 'treatment'], observed=True).size().gt(1).sum()",
# ]
# difficulty = 'intermediate'
# tags = ['regression', 'facets']
# edge_cases = true
# ///
import seaborn as sns

g = sns.lmplot(
    data=trial,
    x="dose",
    y="response",
    hue="treatment",
    col="site",
    # ci=None skips the bootstrapped bands, which would overlap with one fit per treatment
    ci=None,
    height=3,
    scatter_kws={"s": 15},
)
g.set_axis_labels("Dose (mg)", "Response")
g.set_titles("Site: {col_name}")
