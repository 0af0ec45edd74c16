# /// example
# task = """
# Map the weather `stations` (`station`, `lat`, `lon`, `temperature`, ...) with the seaborn \
# objects interface on `fig, ax`: every station as a dot at (`lon`, `lat`), and the names of the \
# 3 warmest stations (highest `temperature`) written next to their dots, left-aligned so the text \
# starts at the dot (`so.Text(halign="left")` in a layer with its own `data=`). Label the axes \
# "longitude" and "latitude"."""
# prompt = """
# Scatter my `stations` by `lon` and `lat` with seaborn.objects on `fig, ax` and write the \
# `station` name of the 3 warmest stations beside their dots, the text starting at the dot \
# (left-aligned). Axis labels "longitude" and "latitude"."""
# domain = 'visualization'
# libraries = ['seaborn', 'pandas', 'matplotlib']
# inputs = { stations = 'stations' }
# checks = [
#     # the labelled stations are 3 (or all, if fewer) of those with the highest temperatures
#     '(lambda known: (lambda named: len(ax.texts) == min(3, len(known)) and np.allclose(np.sort(named["temperature"].to_numpy())[::-1], np.sort(known["temperature"].to_numpy())[::-1][: len(named)]))(known[known["station"].isin([t.get_text() for t in ax.texts])].drop_duplicates("station")))(stations.dropna(subset=["lat", "lon", "temperature", "station"]))',
#     # each name sits at its station and starts there
#     'all(t.get_horizontalalignment() == "left" and any(np.allclose(t.get_position(), (r.lon, r.lat)) for r in stations.itertuples() if r.station == t.get_text()) for t in ax.texts)',
#     'np.allclose(np.vstack(figure_summary(fig).axes[0].scatter_xy), stations.dropna(subset=["lat", "lon"])[["lon", "lat"]].to_numpy())',
#     'figure_summary(fig).axes[0].xlabel == "longitude" and figure_summary(fig).axes[0].ylabel == "latitude"',
# ]
# difficulty = 'intermediate'
# tags = ['annotation', 'scatter-plot', 'sorting']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn.objects as so

sites = stations.reset_index(drop=True)
warmest = sites.dropna(subset=["lat", "lon", "temperature", "station"]).nlargest(3, "temperature")

fig, ax = plt.subplots(figsize=(6, 4))
(
    so.Plot(sites, x="lon", y="lat")
    .add(so.Dots(color="gray"))
    # a layer's own data= labels only the selected rows; offset nudges the text off the dot
    .add(so.Text(halign="left", offset=4), data=warmest, text="station")
    .label(x="longitude", y="latitude", title="Stations, warmest three named")
    .on(ax)
    .plot()
)
