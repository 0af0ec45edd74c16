# /// example
# task = """
# Plot the daily temperature anomaly `anomaly` (temperature of the time-indexed DataFrame `df` \
# minus its mean) as a thin black line, fill the area between it and zero in red where it is \
# positive and blue where it is negative (`fill_between` with `where=` and `interpolate=True`), \
# legend entries "above mean" and "below mean", axes labels and a title. Keep the figure in `fig`."""
# prompt = """
# From my daily weather DataFrame `df` (time index), compute the temperature anomaly `anomaly`, \
# i.e. temperature minus its mean, and plot it as a thin black line with one point per day. Fill \
# the area between the curve and zero in red where it is positive (that fill labelled "above \
# mean") and blue where it is negative (labelled "below mean"), interpolating at the zero \
# crossings, so the legend entries are "above mean" and "below mean"; axis labels and a title; \
# keep the figure in `fig`."""
# domain = 'visualization'
# libraries = ['matplotlib', 'pandas']
# inputs = { df = 'weather' }
# checks = [
#     # zero up to rounding, relative to the temperatures' magnitude
#     "np.isclose(anomaly.mean(), 0, atol=1e-9 * df['temperature'].abs().max())",
#     # a red fill that stays on or above zero and a blue one on or below it (up to rounding)
#     "all(any(np.all(sign * np.concatenate([[0.0]] + [path.vertices[:, 1] for path in fill.get_paths()]) >= -1e-9 * df['temperature'].abs().max()) and sign * (fill.get_facecolor()[0][0] - fill.get_facecolor()[0][2]) > 0 for fill in fig.axes[0].collections) for sign in (1, -1))",
#     "figure_summary(fig).axes[0].legend_labels == ['above mean', 'below mean']",
#     # the anomaly is drawn as a line, one point per day
#     'any(len(xy) == len(df) and np.allclose(xy[:, 1], anomaly, equal_nan=True) for xy in figure_summary(fig).axes[0].lines_xy)',
#     # every positive day is a vertex of the red fill, every negative day one of the blue fill
#     "all(np.isin(matplotlib.dates.date2num(df.index[np.asarray(sign * anomaly > 0)]), np.concatenate([np.empty(0)] + [path.vertices[:, 0] for fill in fig.axes[0].collections if fill.get_label() == label for path in fill.get_paths()])).all() for sign, label in ((1, 'above mean'), (-1, 'below mean')))",
#     "figure_summary(fig).axes[0].xlabel != '' and figure_summary(fig).axes[0].ylabel != ''",
# ]
# difficulty = 'intermediate'
# tags = ['filled-area', 'time-series']
# edge_cases = true
# ///
import matplotlib.pyplot as plt

anomaly = df["temperature"] - df["temperature"].mean()

fig, ax = plt.subplots(figsize=(9, 4))
ax.plot(df.index, anomaly, color="black", linewidth=0.6)
# interpolate=True closes each region exactly where the curve crosses zero
ax.fill_between(
    df.index,
    anomaly,
    0,
    where=anomaly > 0,
    interpolate=True,
    color="tab:red",
    alpha=0.5,
    label="above mean",
)
ax.fill_between(
    df.index,
    anomaly,
    0,
    where=anomaly <= 0,
    interpolate=True,
    color="tab:blue",
    alpha=0.5,
    label="below mean",
)
ax.set_xlabel("date")
ax.set_ylabel("temperature anomaly (°C)")
ax.set_title("Temperature anomaly")
ax.legend()
