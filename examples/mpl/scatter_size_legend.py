# /// example
# task = """
# Scatter `humidity` against `temperature` from the DataFrame `df` with marker area encoding \
# `wind_speed` (scaled linearly to 20-200 pt², one size for all markers when the speed does not vary) and colour encoding `pressure` ("cividis", \
# colorbar labelled "pressure"); add a legend of four representative marker sizes (one per \
# distinct speed when there are no more than four) built with `legend_elements(prop="sizes")`, \
# labelled in wind-speed units and titled "wind speed"; keep the PathCollection in `sc`, label \
# the axes and title. Keep the figure in `fig` and its Axes in `ax`."""
# prompt = """
# From `df`, scatter `humidity` against `temperature` with marker area encoding `wind_speed`, \
# scaled linearly from 20 pt² (slowest) to 200 pt² (fastest), or one size for every marker if the \
# speed doesn't vary, and colour encoding `pressure` with "cividis" and a colorbar labelled \
# "pressure". Add a legend of four representative marker sizes (one per distinct speed if there \
# are four or fewer), generated from the scatter's size legend elements, labelled in wind-speed \
# units and titled "wind speed". Keep the collection in `sc`, label the axes, add a title, and \
# keep the figure in `fig` and the Axes in `ax`."""
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = { df = 'measurements' }
# checks = [
#     'sc.get_sizes().min() >= 20 - 1e-9 and sc.get_sizes().max() <= 200 + 1e-9',
#     # linear in wind speed from 20 (slowest) to 200 (fastest); one size for all when the speed does not vary
#     "(lambda w, s: np.allclose(s, 20 + 180 * (w - w.min()) / np.ptp(w)) if np.ptp(w) > 0 else np.ptp(s) == 0)(df['wind_speed'].to_numpy(dtype=float), sc.get_sizes())",
#     "ax.get_legend().get_title().get_text() == 'wind speed'",
#     'len(figure_summary(fig).axes[0].legend_labels) >= 1',
#     'figure_summary(fig).has_colorbar',
#     "figure_summary(fig).colorbar_labels == ['pressure']",
#     "figure_summary(fig).axes[0].xlabel != '' and figure_summary(fig).axes[0].ylabel != ''",
# ]
# difficulty = 'advanced'
# tags = ['scatter-plot', 'legend', 'semantic-mapping', 'colorbar']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import numpy as np

wind = df["wind_speed"]
wind_range = (wind.min(), wind.max())
sizes = np.interp(wind, wind_range, (20, 200))

fig, ax = plt.subplots()
sc = ax.scatter(
    df["temperature"], df["humidity"], s=sizes, c=df["pressure"], cmap="cividis", alpha=0.7
)
fig.colorbar(sc, ax=ax, label="pressure")
# four representative sizes, or one entry per speed when there are no more than four
# (a locator's round numbers can miss a single constant speed altogether)
n_entries = 4 if wind.nunique() > 4 else None
# func maps marker sizes back to wind speed, so the legend speaks in data units
handles, labels = sc.legend_elements(
    prop="sizes", num=n_entries, alpha=0.7, func=lambda s: np.interp(s, (20, 200), wind_range)
)
ax.set_xlabel("temperature")
ax.set_ylabel("humidity")
ax.set_title("Humidity against temperature")
ax.legend(handles, labels, title="wind speed", loc="upper right")
