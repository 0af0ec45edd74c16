# /// example
# task = """
# Show every `score` of the long table `rm_long` at its `time` with seaborn's `catplot` as a \
# strip plot without jitter (`jitter=False`, so each point sits exactly on its category), one \
# panel per `condition`, titled with the bare condition name. Keep the grid in `g`."""
# prompt = """
# Could you plot all the raw `score` values of my `rm_long` table per `time` as a strip plot \
# with seaborn's `catplot`, one panel per `condition` titled just with its name, but with \
# jitter turned off so the points line up exactly above each time? Keep the grid as `g`."""
# domain = 'visualization'
# libraries = ['seaborn', 'numpy']
# inputs = { rm_long = 'rm_long' }
# checks = [
#     '[ax.get_title() for ax in g.axes.flat] == list(rm_long["condition"].cat.categories)',
#     # without jitter every point's x is exactly its time's category position (0, 1, ...)
#     'all(np.allclose(np.concatenate([c.get_offsets()[:, 0] for c in ax.collections if len(c.get_offsets())]) % 1, 0) for ax in g.axes.flat)',
#     'all(sorted(map(tuple, np.concatenate([c.get_offsets() for c in ax.collections if len(c.get_offsets())]))) == sorted((float(np.searchsorted(np.sort(rm_long["time"].unique()), t)), s) for t, s in rm_long.loc[rm_long["condition"] == cond, ["time", "score"]].itertuples(index=False)) for cond, ax in g.axes_dict.items())',
# ]
# difficulty = 'basic'
# tags = ['categorical', 'facets', 'scatter-plot']
# edge_cases = true
# ///
import seaborn as sns

# jitter=False keeps points on their category; ties then overlap
g = sns.catplot(
    data=rm_long, x="time", y="score", col="condition", kind="strip", jitter=False, height=2
)
g.set_titles("{col_name}")
