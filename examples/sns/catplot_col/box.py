# /// example
# task = """
# Compare `response` across `site` in one panel per `treatment` of the DataFrame `trial` with the \
# figure-level seaborn `catplot` (`kind="box"`); keep the grid in `g`, set the axis labels "Site" \
# and "Response" with `g.set_axis_labels`, panel titles "Treatment: <name>" with `g.set_titles`, \
# and a figure title."""
# prompt = """
# I want box plots of `response` by `site` from the DataFrame `trial`, split into one panel per \
# `treatment`, made with seaborn's figure-level categorical interface; store the grid in `g`. \
# Axis labels "Site" and "Response", panel titles of the form "Treatment: <name>", and a \
# figure-wide title."""
# domain = 'visualization'
# libraries = ['seaborn']
# inputs = { trial = 'trial' }
# checks = [
#     "all(t.startswith('Treatment: ') for t in figure_summary(g.figure).titles)",
#     "(lambda shown: len(shown) == len(set(shown)) and set(trial['treatment'].dropna().astype(str)) <= set(shown) <= set(trial['treatment'].cat.categories.astype(str)))(list(t.removeprefix('Treatment: ') for t in figure_summary(g.figure).titles))",
#     "sum(len(c.boxes) for ax in g.axes.flat for c in ax.containers) == trial.groupby(['treatment', 'site'], observed=True).ngroups",
#     "figure_summary(g.figure).axes[0].xlabel == 'Site' and figure_summary(g.figure).suptitle != ''",
# ]
# difficulty = 'basic'
# tags = ['facets', 'parameter-choice']
# family = 'sns.catplot_col'
# edge_cases = true
# ///
import seaborn as sns

# catplot is figure-level: it makes its own figure and returns a FacetGrid, so it takes no ax
g = sns.catplot(
    data=trial, x="site", y="response", col="treatment", kind="box", height=3.5, aspect=0.9
)
g.set_axis_labels("Site", "Response")
g.set_titles("Treatment: {col_name}")
g.figure.suptitle("Response by site (box plots)", y=1.03)
