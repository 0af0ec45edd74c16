# /// example
# task = """
# Plot station `temperature` against latitude `lat` from `stations` with the seaborn objects \
# interface on `fig, ax` as dots, with the x axis fixed to the full latitude range -90 to 90 \
# (`.limit(x=(-90, 90))`) and x ticks every 30 degrees (`so.Continuous().tick(every=30)`), \
# whatever the stations cover. Label the axes "latitude" and "temperature (C)"."""
# prompt = """
# Scatter my `stations`' `temperature` against `lat` with seaborn.objects on `fig, ax`, but always \
# show the whole globe on x: limits -90 to 90 and a tick every 30 degrees, even if the stations \
# only cover part of it. Axis labels "latitude" and "temperature (C)"."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib']
# inputs = { stations = 'stations' }
# checks = [
#     'np.allclose(figure_summary(fig).axes[0].xlim, (-90, 90))',
#     '(lambda ticks: np.allclose(ticks[(ticks >= -90) & (ticks <= 90)], np.arange(-90, 91, 30)))(np.asarray(ax.get_xticks()))',
#     'np.allclose(np.vstack(figure_summary(fig).axes[0].scatter_xy), stations[["lat", "temperature"]].dropna().to_numpy())',
#     'figure_summary(fig).axes[0].xlabel == "latitude" and figure_summary(fig).axes[0].ylabel == "temperature (C)"',
# ]
# difficulty = 'basic'
# tags = ['scatter-plot', 'tick-formatting']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn.objects as so

fig, ax = plt.subplots(figsize=(6, 4))
(
    so.Plot(stations.reset_index(drop=True), x="lat", y="temperature")
    .add(so.Dots())
    # fixed limits and ticks keep plots of different station sets comparable
    .limit(x=(-90, 90))
    .scale(x=so.Continuous().tick(every=30))
    .label(x="latitude", y="temperature (C)", title="Temperature by latitude")
    .on(ax)
    .plot()
)
