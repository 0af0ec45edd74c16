# /// example
# task = """
# Plot the daily `sensor_a` channel of the time-indexed DataFrame `df` as a thin gray line, its \
# centred 7-day rolling mean `rolling_mean` (seven daily readings centred on each day, NaN where \
# the window runs past either end) as a line, and a shaded band of ± one rolling standard \
# deviation with `fill_between`; legend entries "daily", "7-day mean" and "±1 SD", axes labels \
# and a title. Keep the figure in `fig`."""
# prompt = """
# From my daily sensor DataFrame `df` (time index), plot the `sensor_a` channel as a thin gray \
# line, its centred 7-day rolling mean `rolling_mean` as a line (seven readings centred on each \
# day, NaN where the window runs past either end), and a shaded band of ± one rolling standard \
# deviation (pandas' default sample SD) over the same centred window. Legend entries "daily", \
# "7-day mean" and "±1 SD", axis labels and a title; keep the figure in `fig`."""
# domain = 'visualization'
# libraries = ['matplotlib', 'pandas']
# inputs = { df = 'sensor' }
# checks = [
#     "np.allclose(rolling_mean, df['sensor_a'].rolling(7, center=True).mean(), equal_nan=True)",
#     # a filled band reaching from the lowest mean - SD to the highest mean + SD (all NaN: no band)
#     "any(np.isclose(band.max(), (rolling.mean() + rolling.std()).max(), equal_nan=True) and np.isclose(band.min(), (rolling.mean() - rolling.std()).min(), equal_nan=True) for rolling in [df['sensor_a'].rolling(7, center=True)] for fill in fig.axes[0].collections for band in [pd.Series(np.concatenate([[np.nan]] + [path.vertices[:, 1] for path in fill.get_paths()]))])",
#     "figure_summary(fig).axes[0].legend_labels == ['daily', '7-day mean', '±1 SD']",
#     # the daily readings and the rolling mean are both drawn as lines
#     "any(len(xy) == len(df) and np.allclose(xy[:, 1], df['sensor_a'], equal_nan=True) for xy in figure_summary(fig).axes[0].lines_xy)",
#     "any(len(xy) == len(df) and np.allclose(xy[:, 1], df['sensor_a'].rolling(7, center=True).mean(), equal_nan=True) for xy in figure_summary(fig).axes[0].lines_xy)",
#     "figure_summary(fig).axes[0].xlabel != '' and figure_summary(fig).axes[0].ylabel != ''",
# ]
# difficulty = 'intermediate'
# tags = ['time-series', 'filled-area', 'smoothing']
# edge_cases = true
# ///
import matplotlib.pyplot as plt

# center=True labels each window by its middle day, so the mean does not lag the data;
# the first and last three days have no full window and stay NaN
rolling = df["sensor_a"].rolling(7, center=True)
rolling_mean, rolling_std = rolling.mean(), rolling.std()

fig, ax = plt.subplots()
ax.plot(df.index, df["sensor_a"], color="0.6", linewidth=0.8, label="daily")
ax.plot(df.index, rolling_mean, color="tab:blue", label="7-day mean")
ax.fill_between(
    df.index,
    rolling_mean - rolling_std,
    rolling_mean + rolling_std,
    color="tab:blue",
    alpha=0.25,
    label="±1 SD",
)
ax.set_xlabel("date")
ax.set_ylabel("sensor A reading")
ax.set_title("Sensor A with 7-day rolling mean")
ax.legend()
