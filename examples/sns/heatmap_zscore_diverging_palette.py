# /// example
# task = """
# Standardise each channel of the DataFrame `sensor` (DatetimeIndex) to z-scores in `z` and draw \
# the channels as rows and days as columns with seaborn `heatmap` on `fig, ax`, using a \
# diverging colormap from `sns.diverging_palette(250, 15, as_cmap=True)` centred on 0, day \
# labels formatted as "%b %d" with every 14th label shown; label the x axis "Day" and the y axis \
# "Channel" and add a title."""
# prompt = """
# Standardise each channel of my DataFrame `sensor` (DatetimeIndex) to z-scores in `z`, using the \
# sample standard deviation, and draw channels as rows and days as columns in a seaborn heatmap \
# on `fig, ax`. Use a diverging colormap from seaborn's diverging palette with hues 250 and 15, \
# centred on 0, with day labels formatted "%b %d" and only every 14th shown; label the x axis \
# "Day" and the y axis "Channel" and add a title."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'pandas']
# inputs = { sensor = 'sensor' }
# checks = [
#     'np.allclose(z, (sensor - sensor.mean()) / sensor.std(), equal_nan=True)',
#     # mean 0 and standard deviation 1 wherever the spread is far from underflow (none: NaN, a blank row)
#     '(lambda z: np.allclose(z.mean(), 0) and np.allclose(z.std(), 1))(z.loc[:, sensor.std() > 1e-150])',
#     'np.allclose(np.ma.filled(ax.collections[0].get_array(), np.nan).ravel(), z.T.to_numpy().ravel(), equal_nan=True)',
#     'figure_summary(fig).axes[0].yticklabels == list(sensor.columns)',
#     'figure_summary(fig).has_colorbar',
#     # centred on 0: the value 0 gets the colormap's middle colour (however the limits fall)
#     '(lambda m: np.allclose(m.cmap(m.norm(0.0)), seaborn.diverging_palette(250, 15, as_cmap=True)(0.5), atol=0.02))(ax.collections[0])',
#     "figure_summary(fig).axes[0].xlabel == 'Day' and figure_summary(fig).axes[0].ylabel == 'Channel' and figure_summary(fig).axes[0].title != ''",
# ]
# difficulty = 'intermediate'
# tags = ['heatmap', 'colormap', 'standardization', 'time-series']
# [edge_cases]
# constant = false
# min_size = 2
# why = "a z-score divides by the channel's standard deviation: every channel needs two or more distinct values"
# ///
import matplotlib.pyplot as plt
import seaborn as sns

z = (sensor - sensor.mean()) / sensor.std()
grid = z.T.set_axis(z.index.strftime("%b %d"), axis="columns")
cmap = sns.diverging_palette(250, 15, as_cmap=True)
fig, ax = plt.subplots(figsize=(10, 2.5))
# center=0 puts the palette's neutral middle at each channel's mean; xticklabels=14 labels
# every 14th day
sns.heatmap(grid, cmap=cmap, center=0, xticklabels=14, cbar_kws={"label": "z-score"}, ax=ax)
ax.set(xlabel="Day", ylabel="Channel", title="Standardised sensor readings")
