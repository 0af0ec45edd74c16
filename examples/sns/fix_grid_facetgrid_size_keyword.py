# /// example
# task = """
# This code, copied from an old tutorial, should draw a `seaborn.FacetGrid` of the table \
# `survival` with one panel per `group`, each 2.5 inches tall and twice as wide as tall, holding \
# a histogram of `time` with 10 bins, and keep the grid in `g`, but it raises an error:
#
# ```python
# import seaborn as sns
#
# g = sns.FacetGrid(survival, col="group", size=2.5, aspect=2)
# g.map(sns.histplot, "time", bins=10)
# ```
#
# ```text
# TypeError: FacetGrid.__init__() got an unexpected keyword argument 'size'
# ```
#
# Fix it."""
# prompt = """
# I copied this from an older seaborn tutorial to get one histogram of `time` (10 bins) per \
# `group` of my `survival` table, panels 2.5 inches tall and twice as wide, grid in `g`:
#
# ```python
# import seaborn as sns
#
# g = sns.FacetGrid(survival, col="group", size=2.5, aspect=2)
# g.map(sns.histplot, "time", bins=10)
# ```
#
# ```text
# TypeError: FacetGrid.__init__() got an unexpected keyword argument 'size'
# ```"""
# task_type = 'fix'
# domain = 'visualization'
# libraries = ['seaborn', 'numpy']
# inputs = { survival = 'survival' }
# checks = [
#     # each panel 2.5 in tall and 5 in wide: the figure is about 2.5 in tall and 5 in per panel wide
#     'np.isclose(g.figure.get_figheight(), 2.5, atol=0.05) and np.isclose(g.figure.get_figwidth(), 5 * g.axes.size, atol=0.05)',
#     'all(np.array_equal(np.concatenate(axes_summary(ax).bar_heights), np.histogram(survival.loc[survival["group"] == grp, "time"], bins=10)[0]) for grp, ax in g.axes_dict.items() if (survival["group"] == grp).any())',
#     'list(g.axes_dict) == list(survival["group"].cat.categories)',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'facets', 'histogram']
# edge_cases = true
# ///
import seaborn as sns

# seaborn renamed the facet size parameter from size= to height= (width is height * aspect)
g = sns.FacetGrid(survival, col="group", height=2.5, aspect=2)
g.map(sns.histplot, "time", bins=10)
