# /// example
# # A KDE (a violin body, a density curve) is drawn for a sample that clearly spreads: standard
# # deviation above 1e-9 of its magnitude, and above 1e-100. For equal, nearly equal or astronomically
# # small values, whether rounding lets a density through is seaborn's call; the checks accept either.
# # A group with one value, or only equal values, has no density: seaborn draws it as a single line,
# # without inner marks.
# # three quartile lines per violin body, one line per group drawn without a body
# task = """
# Draw split violins of `response` per `site` of the DataFrame `trial`, the two halves of each \
# violin being the `treatment` groups (`split=True`), with `inner="quart"` (dashed quartile \
# lines) and the densities cut at the data range (`cut=0`), using seaborn `violinplot` on `fig, \
# ax`; label the x axis "Site" and the y axis "Response" and add a title."""
# prompt = """
# Draw split violins of `response` per `site` from my DataFrame `trial`, with the two halves of \
# each violin being the `treatment` groups, dashed quartile lines inside, and the densities cut \
# at the data range (no extrapolation beyond it), using seaborn on `fig, ax`. Label the x axis \
# "Site" and the y axis "Response" and add a title."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib']
# inputs = { trial = 'trial' }
# checks = [
#     "(lambda bodies, groups: figure_summary(fig).axes[0].n_lines == 3 * bodies + groups - bodies)(sum(len(c.get_facecolor()) > 0 for c in ax.collections), trial.groupby(['site', 'treatment'], observed=True)['response'].count().gt(0).sum())",
#     # a violin body for every group whose responses spread, none for a group with one response
#     "(lambda bodies, g: g['spread'].sum() <= bodies <= g['count'].gt(1).sum())(sum(len(c.get_facecolor()) > 0 for c in ax.collections), trial.groupby(['site', 'treatment'], observed=True)['response'].agg(count='count', spread=lambda r: bool(r.std() > 1e-9 * r.abs().max() + 1e-100)))",
#     "(lambda shown: len(shown) == len(set(shown)) and set(trial['treatment'].dropna().astype(str)) <= set(shown) <= set(trial['treatment'].cat.categories.astype(str)))(list(figure_summary(fig).axes[0].legend_labels))",
#     "figure_summary(fig).axes[0].xlabel == 'Site' and figure_summary(fig).axes[0].ylabel == 'Response' and figure_summary(fig).axes[0].title != ''",
# ]
# difficulty = 'intermediate'
# tags = ['violin-plot', 'semantic-mapping', 'parameter-choice']
# family = 'sns.violinplot_split_inner'
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn as sns

fig, ax = plt.subplots(figsize=(7, 4))
# cut=0 keeps the violins inside the observed range instead of extrapolating
sns.violinplot(
    data=trial, x="site", y="response", hue="treatment", split=True, inner="quart", cut=0, ax=ax
)
ax.set(xlabel="Site", ylabel="Response", title="Response distribution by site and treatment")
