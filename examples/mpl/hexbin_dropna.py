# /// example
# task = """
# Draw a hexagonal-bin density plot of `score` against `income` from the DataFrame `df`, which \
# has missing values: keep only rows where both are present (in `clean`), use `gridsize=20` and \
# `mincnt=1` so empty hexagons stay blank, keep the PolyCollection in `hb` and add a colorbar \
# labelled "count". Label the axes and add a title. Keep the figure in `fig`."""
# domain = 'visualization'
# libraries = ['matplotlib', 'pandas']
# inputs = { df = 'survey' }
# checks = [
#     "len(clean) == len(df[['income', 'score']].dropna())",
#     'np.asarray(hb.get_array()).sum() == len(clean)',
#     'np.asarray(hb.get_array()).min() >= 1',
#     'figure_summary(fig).has_colorbar',
# ]
# difficulty = 'intermediate'
# tags = ['hexbin', 'missing-data', 'colorbar']
# edge_cases = true
# ///
import matplotlib.pyplot as plt

clean = df[["income", "score"]].dropna()

fig, ax = plt.subplots()
hb = ax.hexbin(clean["income"], clean["score"], gridsize=20, mincnt=1, cmap="Blues")
ax.set_xlabel("income")
ax.set_ylabel("score")
ax.set_title("Score against income (hexagonal bins)")
fig.colorbar(hb, ax=ax, label="count")
