# /// example
# task = """
# Draw a 2 x 2 grid of histograms (`axes`) with 20 bins, one for each of the first four columns \
# of the DataFrame `df` (column name as panel title), with shared figure-level x and y labels via \
# `supxlabel` ("value") and `supylabel` ("count") and a figure title "Distributions of measured \
# variables". Keep the figure in `fig`."""
# prompt = """
# Make a 2 x 2 grid of 20-bin histograms (`axes`), one for each of the first four columns of my \
# DataFrame `df`, each panel titled with its column name. Use shared figure-level axis labels \
# "value" on x and "count" on y (supxlabel/supylabel) and the figure title "Distributions of \
# measured variables"; keep the figure in `fig`."""
# domain = 'visualization'
# libraries = ['matplotlib']
# inputs = { df = 'measurements' }
# checks = [
#     'figure_summary(fig).titles == list(df.columns[:4])',
#     'all(len(ax.patches) == 20 for ax in axes.flat)',
#     "{'value', 'count'} <= {t.get_text() for t in fig.texts}",
#     "figure_summary(fig).suptitle == 'Distributions of measured variables'",
# ]
# difficulty = 'basic'
# tags = ['subplots', 'histogram']
# edge_cases = true
# ///
import matplotlib.pyplot as plt

fig, axes = plt.subplots(2, 2, figsize=(8, 6), layout="constrained")
for ax, column in zip(axes.flat, df.columns[:4], strict=True):
    ax.hist(df[column], bins=20, color="tab:green", alpha=0.8)
    ax.set_title(column)
# figure-level labels name the shared quantities once instead of repeating them on every panel
fig.supxlabel("value")
fig.supylabel("count")
fig.suptitle("Distributions of measured variables")
