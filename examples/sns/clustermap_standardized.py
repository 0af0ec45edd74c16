# /// example
# task = """
# Cluster the rows and columns of the DataFrame `measurements` with seaborn `clustermap` (each \
# column standardised with `z_score=1`, average linkage, "vlag" colormap centred on 0, no row \
# labels), leaving out the columns whose standard deviation is 0 (they have no z-score), and keep \
# the returned grid in `g`; label the heatmap x axis "Variable" and y axis "Sample" and add the \
# figure title "Clustered measurements"."""
# prompt = """
# I want a clustered heatmap of my DataFrame `measurements` with seaborn, clustering both rows \
# and columns: each column standardised to z-scores by the clustermap itself, average linkage, \
# the "vlag" colormap centred on 0, and no row labels. Leave out the columns whose standard \
# deviation is 0 (they have no z-score), keep the returned grid in `g`, label the heatmap's x \
# axis "Variable" and y axis "Sample", and give the figure the title "Clustered measurements"."""
# domain = 'visualization'
# libraries = ['seaborn']
# inputs = { measurements = 'measurements' }
# checks = [
#     'sorted(g.dendrogram_row.reordered_ind) == list(range(len(measurements)))',
#     'sorted(g.dendrogram_col.reordered_ind) == list(range((measurements.std() > 0).sum()))',
#     'list(g.data2d.columns) == [measurements.columns[(measurements.std() > 0).to_numpy()][i] for i in g.dendrogram_col.reordered_ind]',
#     'np.allclose(g.data2d.mean(), 0)',
#     # centred on 0: the value 0 gets the colormap's middle colour (however the limits fall)
#     "(lambda m: np.allclose(m.cmap(m.norm(0.0)), seaborn.color_palette('vlag', as_cmap=True)(0.5), atol=0.02))(g.ax_heatmap.collections[0])",
#     "figure_summary(g.figure).suptitle == 'Clustered measurements'",
#     "g.ax_heatmap.get_xlabel() == 'Variable' and g.ax_heatmap.get_ylabel() == 'Sample'",
# ]
# difficulty = 'advanced'
# tags = ['clustering', 'heatmap', 'standardization']
# [edge_cases]
# constant = false
# min_size = 2
# why = 'clustering needs two or more rows and two or more columns that vary (z_score=1 divides each column by its standard deviation)'
# ///
import seaborn as sns

# a column without spread has no z-score: its NaNs would make every distance NaN
varying = measurements.loc[:, measurements.std() > 0]
g = sns.clustermap(
    varying,
    z_score=1,
    method="average",
    cmap="vlag",
    center=0,
    yticklabels=False,
    figsize=(6, 7),
)
g.ax_heatmap.set(xlabel="Variable", ylabel="Sample")
g.figure.suptitle("Clustered measurements", y=1.02)
