# /// example
# task = """
# Lay out histograms of `response` from the DataFrame `trial` in a seaborn `FacetGrid` `g` with \
# one row per `treatment` and one column per `site` (margin titles), every panel using the same \
# 12 bins computed from all responses (edges in `bins`), drawing with \
# `g.map_dataframe(sns.histplot, ...)`; label the axes "Response" and "Count" with \
# `g.set_axis_labels` and set the row and column titles to the level names."""
# prompt = """
# From my DataFrame `trial`, lay out histograms of `response` in a seaborn FacetGrid `g` with one \
# row per `treatment` and one column per `site`, using margin titles. All panels should share the \
# same 12 bins computed from all responses (keep the edges in `bins`). Label the axes "Response" \
# and "Count", and make the row and column titles just the level names."""
# domain = 'visualization'
# libraries = ['seaborn', 'numpy']
# inputs = { trial = 'trial' }
# checks = [
#     # a row per treatment and a column per site (declared levels that do not occur may get an empty one)
#     "trial['treatment'].nunique() <= g.axes.shape[0] <= len(trial['treatment'].cat.categories) and trial['site'].nunique() <= g.axes.shape[1] <= len(trial['site'].cat.categories)",
#     "np.isclose(sum(p.get_height() for ax in g.axes.flat for p in ax.patches), trial[['treatment', 'site', 'response']].dropna().shape[0])",
#     'len(bins) - 1 == 12 and all(np.isclose(p.get_x(), bins).any() for ax in g.axes.flat for p in ax.patches)',
#     "(lambda shown: len(shown) == len(set(shown)) and set(trial['site'].dropna().astype(str)) <= set(shown) <= set(trial['site'].cat.categories.astype(str)))(list(t for t in figure_summary(g.figure).titles if t))",
#     "figure_summary(g.figure).axes[-1].xlabel == 'Response' and figure_summary(g.figure).axes[0].ylabel == 'Count'",
# ]
# difficulty = 'intermediate'
# tags = ['facets', 'histogram']
# edge_cases = true
# ///
import numpy as np
import seaborn as sns

# shared bin edges: each panel would otherwise pick its own bins from its own data
bins = np.histogram_bin_edges(trial["response"].dropna(), bins=12)
g = sns.FacetGrid(trial, row="treatment", col="site", margin_titles=True, height=2.2, aspect=1.2)
g.map_dataframe(sns.histplot, x="response", bins=bins)
g.set_axis_labels("Response", "Count")
g.set_titles(row_template="{row_name}", col_template="{col_name}")
