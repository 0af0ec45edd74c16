# /// example
# task = """
# Without changing the global style, create `fig, ax` inside the seaborn `axes_style("darkgrid")` \
# and `plotting_context("paper", font_scale=1.2)` context managers and draw a scatter plot of the \
# curve samples `y` against `x` with seaborn `scatterplot`; label the axes "Time (s)" and \
# "Signal" and add a title."""
# prompt = """
# I have curve samples `y` against `x` and want a seaborn scatter plot styled with the "darkgrid" \
# axes style and the "paper" plotting context at font_scale 1.2, but only for this one figure: \
# the global style must not change, so apply both temporarily (as context managers) and create \
# `fig, ax` inside them. Label the axes "Time (s)" and "Signal" and add a title."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib']
# inputs = { x = 'decay.x', y = 'decay.y' }
# checks = [
#     'np.allclose(ax.get_facecolor()[:3], [0xEA / 255, 0xEA / 255, 0xF2 / 255])',
#     "np.isclose(ax.xaxis.label.get_fontsize(), seaborn.plotting_context('paper', font_scale=1.2)['axes.labelsize'])",
#     "matplotlib.colors.to_rgb(matplotlib.rcParams['axes.facecolor']) != matplotlib.colors.to_rgb(seaborn.axes_style('darkgrid')['axes.facecolor'])",
#     'len(ax.collections[0].get_offsets()) == len(x)',
#     "figure_summary(fig).axes[0].xlabel == 'Time (s)' and figure_summary(fig).axes[0].title != ''",
# ]
# difficulty = 'intermediate'
# tags = ['styling', 'scatter-plot']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn as sns

# the style applies to figures created inside the block; rcParams revert on exit
with sns.axes_style("darkgrid"), sns.plotting_context("paper", font_scale=1.2):
    fig, ax = plt.subplots(figsize=(5, 3.5))
    sns.scatterplot(x=x, y=y, s=20, ax=ax)
    ax.set(xlabel="Time (s)", ylabel="Signal", title="Decay measurements")
