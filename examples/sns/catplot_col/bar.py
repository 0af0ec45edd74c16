# /// example
# task = """
# Compare `response` across `site` in one panel per `treatment` of the DataFrame `trial` with the \
# figure-level seaborn `catplot` (`kind="bar"`); keep the grid in `g`, set the axis labels "Site" \
# and "Response" with `g.set_axis_labels`, panel titles "Treatment: <name>" with `g.set_titles`, \
# and a figure title."""
# prompt = """
# Using seaborn's figure-level categorical plot, compare `response` across `site` as bar plots, \
# one panel per `treatment`, from my DataFrame `trial`, and keep the grid in `g`. Set the axis \
# labels to "Site" and "Response", title each panel "Treatment: <name>", and add an overall \
# figure title."""
# domain = 'visualization'
# libraries = ['seaborn']
# inputs = { trial = 'trial' }
# checks = [
#     "all(t.startswith('Treatment: ') for t in figure_summary(g.figure).titles)",
#     "(lambda shown: len(shown) == len(set(shown)) and set(trial['treatment'].dropna().astype(str)) <= set(shown) <= set(trial['treatment'].cat.categories.astype(str)))(list(t.removeprefix('Treatment: ') for t in figure_summary(g.figure).titles))",
#     "np.allclose(sorted(b.get_height() for ax in g.axes.flat for c in ax.containers for b in c), sorted(trial.groupby(['treatment', 'site'], observed=True)['response'].mean()))",
#     "figure_summary(g.figure).axes[0].xlabel == 'Site' and figure_summary(g.figure).suptitle != ''",
# ]
# difficulty = 'basic'
# tags = ['facets', 'parameter-choice']
# family = 'sns.catplot_col'
# edge_cases = true
# ///
import seaborn as sns

# kind="bar" draws each mean with a bootstrap 95 % confidence interval by default
g = sns.catplot(
    data=trial, x="site", y="response", col="treatment", kind="bar", height=3.5, aspect=0.9
)
g.set_axis_labels("Site", "Response")
g.set_titles("Treatment: {col_name}")
g.figure.suptitle("Response by site (bar plots)", y=1.03)
