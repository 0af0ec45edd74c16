# /// example
# task = """
# Map the weather stations in `stations`: keep the rows with a `temperature` in `located`, then \
# draw a seaborn scatter plot of `lat` against `lon` on `fig, ax` coloured by `temperature` with \
# the "coolwarm" palette on a fixed colour scale from -10 to 30 deg C (`hue_norm`), so colours \
# mean the same on every map and colder or warmer stations saturate at the ends. Label the axes \
# "Longitude" and "Latitude" and add a title."""
# prompt = """
# I want a map of my weather `stations`: drop the ones with no `temperature` (keep the rest in \
# `located`) and scatter `lat` against `lon` with seaborn on `fig, ax`, coloured by \
# `temperature` with "coolwarm". The colour scale must be fixed from `-10` to `30` degrees so it \
# matches my other maps; anything outside just gets the end colour. Axis labels "Longitude" and \
# "Latitude", plus a title."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib']
# inputs = { stations = 'stations' }
# checks = [
#     "len(located) == int(stations['temperature'].notna().sum())",
#     "located.empty or np.allclose(ax.collections[0].get_offsets(), located[['lon', 'lat']].to_numpy())",
#     # colours follow the fixed -10..30 norm, clipped at both ends, not the data range
#     "located.empty or np.allclose(ax.collections[0].get_facecolors()[:, :3], matplotlib.colormaps['coolwarm'](np.clip((located['temperature'].to_numpy() + 10) / 40, 0, 1))[:, :3], atol=1e-6)",
#     "figure_summary(fig).axes[0].xlabel == 'Longitude' and figure_summary(fig).axes[0].ylabel == 'Latitude' and figure_summary(fig).axes[0].title != ''",
# ]
# difficulty = 'intermediate'
# tags = ['scatter-plot', 'semantic-mapping', 'colormap']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn as sns

located = stations.dropna(subset=["temperature"])
fig, ax = plt.subplots(figsize=(6, 3.5))
# hue_norm pins the colour limits instead of stretching them over this sample's range
sns.scatterplot(
    data=located,
    x="lon",
    y="lat",
    hue="temperature",
    palette="coolwarm",
    hue_norm=(-10, 30),
    ax=ax,
)
ax.set(xlabel="Longitude", ylabel="Latitude", title="Station temperatures (deg C)")
