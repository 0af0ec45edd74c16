# /// example
# task = """
# Draw a hexagonal-bin density plot of `score` against `income` from the DataFrame `df`, which \
# has missing values: keep only rows where both are present (in `clean`), use `gridsize=20` and \
# `mincnt=1` so empty hexagons stay blank, keep the PolyCollection in `hb` and add a colorbar \
# labelled "count". Label the axes and add a title. Keep the figure in `fig`."""
# prompt = """
# My survey DataFrame `df` has missing values in `income` and `score`. I'd like a hexagonal-bin \
# density plot of `score` against `income` using only the rows where both are present (keep them \
# in `clean`), with a grid size of 20 and a minimum count of 1 so empty hexagons stay blank. Keep \
# the hexbin collection in `hb`, add a colorbar labelled "count", label the axes, add a title, \
# and keep the figure in `fig`."""
# domain = 'visualization'
# libraries = ['matplotlib', 'pandas']
# inputs = { df = 'survey' }
# checks = [
#     "len(clean) == len(df[['income', 'score']].dropna())",
#     'np.asarray(hb.get_array()).sum() == len(clean)',
#     'np.asarray(hb.get_array()).min() >= 1',
#     'figure_summary(fig).has_colorbar',
#     "figure_summary(fig).colorbar_labels == ['count']",
#     "figure_summary(fig).axes[0].xlabel != '' and figure_summary(fig).axes[0].ylabel != ''",
# ]
# difficulty = 'intermediate'
# tags = ['histogram', 'bivariate', 'missing-data', 'colorbar']
# edge_cases = true
# ///
import matplotlib.pyplot as plt

clean = df[["income", "score"]].dropna()

fig, ax = plt.subplots()
# mincnt=1 leaves empty hexagons undrawn instead of painting them the lowest colour
hb = ax.hexbin(clean["income"], clean["score"], gridsize=20, mincnt=1, cmap="Blues")
ax.set_xlabel("income")
ax.set_ylabel("score")
ax.set_title("Score against income (hexagonal bins)")
fig.colorbar(hb, ax=ax, label="count")
