# /// example
# task = """
# Draw a 2-D histogram of `humidity` against `temperature` from the DataFrame `measurements` \
# with seaborn `histplot` (x and y both given) on `fig, ax`, 20 bins per axis, the "rocket_r" \
# colormap and a colorbar labelled "Count"; label the x axis "Temperature" and the y axis \
# "Humidity" and add a title."""
# prompt = """
# Draw a 2-D histogram of `humidity` against `temperature` from my DataFrame `measurements` with \
# seaborn on `fig, ax`, 20 bins per axis, the "rocket_r" colormap and a colorbar labelled \
# "Count". Label the x axis "Temperature" and the y axis "Humidity" and add a title."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib']
# inputs = { measurements = 'measurements' }
# checks = [
#     "figure_summary(fig).colorbar_labels == ['Count'] and ax.collections[0].get_cmap().name == 'rocket_r'",
#     'np.shape(ax.collections[0].get_array()) == (20, 20)',
#     'np.isclose(np.nansum(ax.collections[0].get_array()), len(measurements))',
#     "figure_summary(fig).axes[0].xlabel == 'Temperature' and figure_summary(fig).axes[0].ylabel == 'Humidity' and figure_summary(fig).axes[0].title != ''",
# ]
# difficulty = 'intermediate'
# tags = ['histogram', 'bivariate', 'colorbar']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn as sns

fig, ax = plt.subplots(figsize=(6, 5))
sns.histplot(
    data=measurements,
    x="temperature",
    y="humidity",
    bins=20,
    cmap="rocket_r",
    # cbar only applies to bivariate histograms, where the cell colour encodes the count
    cbar=True,
    cbar_kws={"label": "Count"},
    ax=ax,
)
ax.set(xlabel="Temperature", ylabel="Humidity", title="Joint distribution")
