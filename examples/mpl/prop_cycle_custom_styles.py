# /// example
# task = """
# Set a custom property cycle on `ax` with `set_prop_cycle` so that successive lines get the \
# colours "#1b9e77", "#d95f02", "#7570b3" and the line styles "-", "--", ":", then plot sin(kx) \
# for k = 1, 2, 3 over [0, 2π] with labels "sin(1x)", "sin(2x)", "sin(3x)"; label the axes, add a \
# title and a legend. Keep the figure in `fig`."""
# prompt = """
# Give `ax` a custom property cycle so that successive lines get the colours "#1b9e77", \
# "#d95f02", "#7570b3" together with the line styles "-", "--", ":", then plot sin(kx) for k = 1, \
# 2, 3 over [0, 2π] labelled "sin(1x)", "sin(2x)", "sin(3x)". Label the axes, add a title and a \
# legend, and keep the figure in `fig`."""
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = {}
# checks = [
#     "[line.get_color() for line in ax.lines] == ['#1b9e77', '#d95f02', '#7570b3']",
#     "[line.get_linestyle() for line in ax.lines] == ['-', '--', ':']",
#     "figure_summary(fig).axes[0].legend_labels == ['sin(1x)', 'sin(2x)', 'sin(3x)']",
#     "figure_summary(fig).axes[0].xlabel != '' and figure_summary(fig).axes[0].ylabel != ''",
# ]
# difficulty = 'basic'
# tags = ['line-plot', 'line-styles']
# ///
import matplotlib.pyplot as plt
import numpy as np

x = np.linspace(0, 2 * np.pi, 200)

fig, ax = plt.subplots()
# keyword arguments are zipped together: colour i goes with line style i
ax.set_prop_cycle(color=["#1b9e77", "#d95f02", "#7570b3"], linestyle=["-", "--", ":"])
for k in (1, 2, 3):
    ax.plot(x, np.sin(k * x), label=f"sin({k}x)")
ax.set_xlabel("x (rad)")
ax.set_ylabel("sin(kx)")
ax.set_title("Harmonics with a custom property cycle")
ax.legend()
