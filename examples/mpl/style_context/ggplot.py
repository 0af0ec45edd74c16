# /// example
# task = """
# Inside `plt.style.context("ggplot")`, so the style applies only to this figure and the global \
# settings are restored afterwards, plot every column of the time-indexed DataFrame `df` as a \
# line with a legend of the column names, and label the axes and title. Keep the figure in `fig` \
# and its Axes in `ax`."""
# prompt = """
# Plot all columns of the time-indexed DataFrame `df` as lines with a legend of the column names, \
# axis labels and a title, styled with "ggplot" just for this figure (a temporary \
# `plt.style.context`, so the global `plt.rcParams` are back to normal afterwards). Keep the \
# figure in `fig` and the Axes in `ax`."""
# domain = 'visualization'
# libraries = ['matplotlib']
# inputs = { df = 'sensor' }
# checks = [
#     'np.allclose(ax.get_facecolor(), (0.898, 0.898, 0.898, 1.0), atol=1e-3)',
#     "ax.lines[0].get_color() == plt.style.library['ggplot']['axes.prop_cycle'].by_key()['color'][0]",
#     "plt.rcParams['axes.prop_cycle'] != plt.style.library['ggplot']['axes.prop_cycle']",
#     'figure_summary(fig).axes[0].legend_labels == list(df.columns)',
#     "figure_summary(fig).axes[0].xlabel != '' and figure_summary(fig).axes[0].ylabel != ''",
# ]
# difficulty = 'basic'
# tags = ['styling', 'line-plot', 'time-series']
# family = 'mpl.style_context'
# edge_cases = true
# ///
import matplotlib.pyplot as plt

# the previous rcParams are restored on leaving the block, so the style does not leak into
# later figures
with plt.style.context("ggplot"):
    fig, ax = plt.subplots(figsize=(8, 4))
    for column in df.columns:
        ax.plot(df.index, df[column], label=column)
    ax.set_xlabel("date")
    ax.set_ylabel("reading")
    ax.set_title("Sensor readings (ggplot style)")
    ax.legend()
