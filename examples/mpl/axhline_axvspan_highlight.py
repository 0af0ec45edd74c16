# /// example
# task = """
# Plot daily `temperature` from the time-indexed DataFrame `df`, mark its 90th percentile \
# `threshold` with a dashed horizontal line (`axhline`), and shade the warmest calendar month \
# (`warmest_month`, the month start with the highest monthly mean) with `axvspan`; legend entries \
# "temperature", "90th percentile" and "warmest month", axes labels and a title. Keep the figure \
# in `fig`."""
# prompt = """
# My daily weather DataFrame `df` (DatetimeIndex) has a `temperature` column. Plot it, draw a \
# dashed horizontal line at its 90th percentile (store the value in `threshold`), and shade the \
# warmest calendar month with a single vertical span, where `warmest_month` is the month-start \
# timestamp with the highest monthly mean temperature. Legend entries should be "temperature", \
# "90th percentile" and "warmest month", with axis labels and a title; keep the figure in `fig`."""
# domain = 'visualization'
# libraries = ['matplotlib', 'pandas']
# inputs = { df = 'weather' }
# checks = [
#     "np.isclose(threshold, np.percentile(df['temperature'], 90)) and warmest_month == df['temperature'].resample('MS').mean().idxmax()",
#     # the temperature series and a horizontal line at the threshold, and one shaded span
#     "any(np.allclose(np.asarray(line.get_ydata(), dtype=float), df['temperature'], equal_nan=True) for line in fig.axes[0].lines if len(line.get_ydata()) == len(df)) and any(np.allclose(np.asarray(line.get_ydata(), dtype=float), threshold) for line in fig.axes[0].lines) and figure_summary(fig).axes[0].n_patches == 1",
#     "figure_summary(fig).axes[0].legend_labels == ['temperature', '90th percentile', 'warmest month']",
#     "figure_summary(fig).axes[0].xlabel != '' and figure_summary(fig).axes[0].ylabel != ''",
#     # the 90th-percentile line is dashed
#     "any(line.get_linestyle() == '--' and np.allclose(np.asarray(line.get_ydata(), dtype=float), threshold) for line in fig.axes[0].lines)",
#     "figure_summary(fig).axes[0].title != ''",
# ]
# difficulty = 'basic'
# tags = ['annotation', 'time-series']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import pandas as pd

threshold = df["temperature"].quantile(0.9)
warmest_month = df["temperature"].resample("MS").mean().idxmax()

fig, ax = plt.subplots(figsize=(9, 4))
ax.plot(df.index, df["temperature"], linewidth=1, label="temperature")
ax.axhline(threshold, color="tab:red", linestyle="--", label="90th percentile")
# resample("MS") labels each month by its first day, so adding MonthBegin(1) ends the
# span at the start of the next month
ax.axvspan(
    warmest_month,
    warmest_month + pd.offsets.MonthBegin(1),
    color="orange",
    alpha=0.3,
    label="warmest month",
)
ax.set_xlabel("date")
ax.set_ylabel("temperature (°C)")
ax.set_title("Daily temperature")
ax.legend()
