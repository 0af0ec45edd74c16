# /// example
# task = """
# Draw the mean `response` per `site` for each `treatment` of the DataFrame `trial` as a seaborn \
# `pointplot` on `fig, ax`, with 95% bootstrap confidence intervals (`errorbar=("ci", 95)`, \
# `seed=0`), capped error bars, the treatments dodged apart when there are two or more, and \
# distinct markers ("o", "s") and line styles per treatment; label the x axis "Site" and the y \
# axis "Mean response" and add a title."""
# prompt = """
# Show the mean `response` per `site` for each `treatment` of my DataFrame `trial` as a seaborn \
# point plot on `fig, ax`, with capped 95% bootstrap confidence intervals (seed=0), the \
# treatments dodged apart when there are two or more, and distinct markers ("o", "s") and line \
# styles per treatment. Label the x axis "Site" and the y axis "Mean response" and add a title."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib']
# inputs = { trial = 'trial' }
# checks = [
#     # the marked lines hold the means (NaN where a treatment has no row at a site); error bars carry no marker
#     "(lambda y: np.allclose(np.sort(y[~np.isnan(y)]), np.sort(trial.groupby(['treatment', 'site'], observed=True)['response'].mean())))(np.concatenate([np.asarray(ln.get_ydata(), dtype=float) for ln in ax.lines if ln.get_marker() in ('o', 's')]))",
#     # a distinct marker per treatment (seaborn also draws an empty line for a declared level that does not occur)
#     "(lambda markers: trial['treatment'].nunique() <= len(set(markers)) <= len(trial['treatment'].cat.categories))([ln.get_marker() for ln in ax.lines if ln.get_marker() in ('o', 's')])",
#     "(lambda shown: len(shown) == len(set(shown)) and set(trial['treatment'].dropna().astype(str)) <= set(shown) <= set(trial['treatment'].cat.categories.astype(str)))(list(figure_summary(fig).axes[0].legend_labels))",
#     "figure_summary(fig).axes[0].xlabel == 'Site' and figure_summary(fig).axes[0].ylabel == 'Mean response' and figure_summary(fig).axes[0].title != ''",
#     # dodged: with two or more treatments their marked lines sit at different x positions
#     "trial['treatment'].nunique() < 2 or len({tuple(np.round(np.asarray(ln.get_xdata(), dtype=float), 6)) for ln in ax.lines if ln.get_marker() in ('o', 's') and len(ln.get_xdata())}) >= 2",
# ]
# difficulty = 'intermediate'
# tags = ['error-bars', 'confidence-interval', 'semantic-mapping']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn as sns

fig, ax = plt.subplots(figsize=(6, 4))
sns.pointplot(
    data=trial,
    x="site",
    y="response",
    hue="treatment",
    errorbar=("ci", 95),
    seed=0,
    capsize=0.1,
    # dodging spreads two or more hue levels apart; there is nothing to dodge with one
    dodge=0.3 if trial["treatment"].nunique() > 1 else False,
    markers=["o", "s"],
    linestyles=["-", "--"],
    ax=ax,
)
ax.set(xlabel="Site", ylabel="Mean response", title="Treatment effect by site (95% CI)")
