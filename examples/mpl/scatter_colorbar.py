# /// example
# task = """
# Scatter `pressure` against `temperature` from the DataFrame `df`, colour each point by its \
# `humidity` value with the "viridis" colormap, and add a colorbar labelled "humidity"; keep the \
# scatter's PathCollection in `points` and label the axes and title. Keep the figure in `fig`."""
# prompt = """
# Scatter `pressure` against `temperature` from the DataFrame `df`, colouring each point by its \
# `humidity` with the "viridis" colormap, and add a single colorbar labelled "humidity". Keep the \
# scatter collection in `points`, label the axes, add a title, and keep the figure in `fig`."""
# domain = 'visualization'
# libraries = ['matplotlib']
# inputs = { df = 'measurements' }
# checks = [
#     'figure_summary(fig).n_colorbars == 1',
#     'points.get_offsets().shape[0] == len(df)',
#     "np.allclose(np.asarray(points.get_array()), df['humidity'])",
#     "points.get_cmap().name == 'viridis'",
#     "figure_summary(fig).colorbar_labels == ['humidity']",
#     "figure_summary(fig).axes[0].xlabel != '' and figure_summary(fig).axes[0].ylabel != ''",
# ]
# difficulty = 'basic'
# tags = ['scatter-plot', 'colorbar']
# edge_cases = true
# ///
import matplotlib.pyplot as plt

fig, ax = plt.subplots()
# numeric c values are mapped through cmap, so the returned collection can feed the colorbar
points = ax.scatter(df["temperature"], df["pressure"], c=df["humidity"], cmap="viridis", s=20)
ax.set_xlabel("temperature")
ax.set_ylabel("pressure")
ax.set_title("Pressure against temperature, coloured by humidity")
fig.colorbar(points, ax=ax, label="humidity")
