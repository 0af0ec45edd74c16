# /// example
# task = """
# With a `seaborn.FacetGrid` over the long table `rm_long` (`subject`, `condition`, `time`, \
# `score`), draw one panel per `condition`, scattering `score` against `time`, with both the \
# colour and the marker set by `condition`: give the markers through the grid's `hue_kws` \
# (circle, square, triangle for the three conditions in category order). Add the legend and keep \
# the grid in `g`."""
# prompt = """
# I want a FacetGrid of my `rm_long` table: one panel per `condition`, `score` against `time` as \
# scatter points. The figure may be printed in grey, so each `condition` should get its own \
# colour and its own marker (circle, square, triangle, in category order) via `hue_kws`. Add a \
# legend and keep the grid in `g`."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'numpy']
# inputs = { rm_long = 'rm_long' }
# checks = [
#     'list(g.axes_dict) == list(rm_long["condition"].cat.categories)',
#     # each panel holds exactly that condition's (time, score) points
#     'all(sorted(map(tuple, np.concatenate([c.get_offsets() for c in ax.collections]))) == sorted(map(tuple, rm_long.loc[rm_long["condition"] == cond, ["time", "score"]].to_numpy())) for cond, ax in g.axes_dict.items())',
#     # circle, square and triangle, in category order
#     '[[c for c in ax.collections if len(c.get_offsets())][0].get_paths()[0].vertices.round(3).tobytes() for ax in g.axes.flat] == [(lambda ms: ms.get_path().transformed(ms.get_transform()).vertices.round(3).tobytes())(matplotlib.markers.MarkerStyle(m)) for m in ["o", "s", "^"]]',
#     'g.legend is not None and [t.get_text() for t in g.legend.texts] == list(rm_long["condition"].cat.categories)',
# ]
# difficulty = 'intermediate'
# tags = ['facets', 'scatter-plot', 'categorical']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn as sns

g = sns.FacetGrid(
    rm_long,
    col="condition",
    hue="condition",
    # one marker per hue level, in the order of the condition categories
    hue_kws={"marker": ["o", "s", "^"]},
    height=2,
)
g.map(plt.scatter, "time", "score", s=15)
g.set_titles("{col_name}")
g.add_legend()
