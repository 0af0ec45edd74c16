# /// example
# task = """
# Plot the growth measurements (`x`, `y`) as one line in the colour "#2a6f97" with line style \
# "-." and marker "^" drawn hollow (white face, size 5), and label the axes and title. Keep the \
# figure in `fig` and its Axes in `ax`."""
# prompt = """
# Plot my growth measurements `x`, `y` as a single line in the colour "#2a6f97" with line style \
# "-." and hollow "^" markers (marker face colour "white", size 5). Label the axes, add a title, \
# and keep the figure in `fig` and the Axes in `ax`."""
# domain = 'visualization'
# libraries = ['matplotlib']
# inputs = { x = 'growth.x', y = 'growth.y' }
# checks = [
#     "ax.lines[0].get_linestyle() == '-.' and ax.lines[0].get_marker() == '^'",
#     "ax.lines[0].get_markerfacecolor() == 'white' and ax.lines[0].get_color() == '#2a6f97'",
#     "figure_summary(fig).axes[0].title != ''",
#     "figure_summary(fig).axes[0].xlabel != '' and figure_summary(fig).axes[0].ylabel != ''",
# ]
# difficulty = 'basic'
# tags = ['line-plot', 'line-styles']
# family = 'mpl.line_marker_style'
# edge_cases = true
# ///
import matplotlib.pyplot as plt

fig, ax = plt.subplots()
ax.plot(
    x,
    y,
    color="#2a6f97",
    linestyle="-.",
    marker="^",
    markersize=5,
    # a white face with a thicker edge gives open markers that stand out against the line
    markerfacecolor="white",
    markeredgewidth=1.2,
)
ax.set_xlabel("time (h)")
ax.set_ylabel("population size")
ax.set_title("Logistic growth")
