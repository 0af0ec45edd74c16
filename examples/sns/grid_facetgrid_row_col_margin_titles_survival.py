# /// example
# task = """
# Lay out a `seaborn.FacetGrid` of the table `survival` (`time`, `event`, `group`) with 2 rows, \
# one per `event` (observed `True` in the top row, censored `False` below) and a column per `group`, \
# and draw an 8-bin histogram of `time` in each panel. Put the row names in the right margin \
# (`margin_titles=True`) reading "event=True" / "event=False", the column titles reading \
# "group A" / "group B". Label the axes "time (months)" (x) and "patients" (y). \
# Keep the grid in `g`."""
# prompt = """
# I'd like a 2 x 2 grid of histograms of `time` from my `survival` table: rows by `event` with \
# the observed (`True`) row on top and censored (`False`) underneath, columns by `group`, 8 \
# bins each, using seaborn's FacetGrid. Row labels should sit in the right margin as \
# "event=True" / "event=False" and the column titles should read "group A" / "group B". Label \
# the axes "time (months)" (x) and "patients" (y). \
# Keep \
# the grid as `g`."""
# domain = 'visualization'
# libraries = ['seaborn', 'numpy']
# inputs = { survival = 'survival' }
# checks = [
#     'g.axes.shape == (2, survival["group"].cat.categories.size)',
#     # top row holds the observed times, bottom row the censored ones
#     'all(np.array_equal(np.concatenate(axes_summary(g.axes[i, j]).bar_heights or [[]]), np.histogram(survival.loc[(survival["event"] == ev) & (survival["group"] == grp), "time"], bins=8)[0] if ((survival["event"] == ev) & (survival["group"] == grp)).any() else []) for i, ev in enumerate([True, False]) for j, grp in enumerate(survival["group"].cat.categories))',
#     '[ax.get_title() for ax in g.axes[0]] == [f"group {grp}" for grp in survival["group"].cat.categories]',
#     '[[t.get_text() for t in ax.texts] for ax in g.axes[:, -1]] == [["event=True"], ["event=False"]]',
#     'any(ax.get_xlabel() == "time (months)" for ax in g.axes.flat) and any(ax.get_ylabel() == "patients" for ax in g.axes.flat)',
# ]
# difficulty = 'intermediate'
# tags = ['facets', 'histogram', 'two-sample']
# edge_cases = true
# ///
import seaborn as sns

# row_order puts the observed events on top whatever order they appear in
g = sns.FacetGrid(
    survival, row="event", col="group", row_order=[True, False], margin_titles=True, height=2
)
g.map(sns.histplot, "time", bins=8)
g.set_titles(row_template="event={row_name}", col_template="group {col_name}")
g.set_axis_labels("time (months)", "patients")
