# /// example
# task = """
# Draw a corner pair plot (lower triangle only) of the three columns `dose`, `age` and \
# `response` from the DataFrame `trial`, coloured by `treatment`, with KDE curves on the \
# diagonal, using seaborn `pairplot`; keep the grid in `g` and add the figure title "Pairwise \
# relationships"."""
# prompt = """
# Draw a corner pair plot (a 3 x 3 grid, lower triangle only) of the 3 columns `dose`, `age` and \
# `response`, in that order, from my DataFrame `trial`, coloured by `treatment` with KDE curves \
# on the diagonal, using seaborn; keep the grid in `g` and add the figure title "Pairwise \
# relationships"."""
# domain = 'visualization'
# libraries = ['seaborn']
# inputs = { trial = 'trial' }
# checks = [
#     'g.axes.shape == (3, 3) and all((g.axes[i, j] is None) == (j > i) for i in range(3) for j in range(3))',
#     "[ax.get_xlabel() for ax in g.axes[-1]] == ['dose', 'age', 'response']",
#     "(lambda shown: len(shown) == len(set(shown)) and set(trial['treatment'].dropna().astype(str)) <= set(shown) <= set(trial['treatment'].cat.categories.astype(str)))(list(figure_summary(g.figure).legend_labels))",
#     "figure_summary(g.figure).suptitle == 'Pairwise relationships'",
# ]
# difficulty = 'basic'
# tags = ['facets', 'semantic-mapping', 'density-estimation']
# edge_cases = true
# ///
import seaborn as sns

variables = ["dose", "age", "response"]
g = sns.pairplot(
    trial,
    vars=variables,
    hue="treatment",
    # corner=True drops the upper triangle, which only mirrors the lower one
    corner=True,
    diag_kind="kde",
    height=2,
    plot_kws={"s": 12},
)
g.figure.suptitle("Pairwise relationships", y=1.02)
