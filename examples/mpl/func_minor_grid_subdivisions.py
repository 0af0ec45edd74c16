# /// example
# task = '''
# Write the function `add_minor_grid` below, then plot the daily `rainfall` of `weather` on
# `fig, ax` and give it a minor grid with 5 subdivisions on the y axis only.
#
# ```python
# def add_minor_grid(ax, subdivisions=4, axis="both"):
#     """Put `subdivisions` - 1 minor ticks between consecutive major ticks on
#     the chosen axis ("x", "y" or "both") of `ax` with AutoMinorLocator, draw
#     a solid grid on the major ticks and a dotted grid on the minor ticks of
#     that axis, and return `ax`. Raise ValueError when subdivisions < 2.
#     """
# ```'''
# prompt = '''
# Write me `add_minor_grid(ax, subdivisions=4, axis="both")`: minor ticks splitting each major
# interval into `subdivisions` parts (AutoMinorLocator) on the x axis, the y axis or both, a
# solid major grid and a dotted minor grid on that axis, returning `ax`, and a ValueError if
# subdivisions is below 2. Then plot the daily `rainfall` column of my `weather` table on
# `fig, ax` with a y-only minor grid of 5 subdivisions.'''
# task_type = 'function'
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = { weather = 'weather' }
# checks = [
#     # minor spacing is the major spacing divided by the subdivisions, on the chosen axis only
#     '(lambda ax: (ax.plot([0, 10], [0, 10]), add_minor_grid(ax) is ax, ax.figure.canvas.draw(), all(np.isclose(np.diff(a.get_minorticklocs()).min(), np.diff(a.get_majorticklocs()).min() / 4) for a in (ax.xaxis, ax.yaxis)))[-1])(matplotlib.pyplot.subplots()[1])',
#     '(lambda ax: (ax.plot([0, 10], [0, 3]), add_minor_grid(ax, subdivisions=3, axis="x"), ax.figure.canvas.draw(), np.isclose(np.diff(ax.xaxis.get_minorticklocs()).min(), np.diff(ax.xaxis.get_majorticklocs()).min() / 3) and len(ax.yaxis.get_minorticklocs()) == 0 and all(t.gridline.get_visible() and t.gridline.get_linestyle() == ":" for t in ax.xaxis.get_minor_ticks()) and all(t.gridline.get_visible() and t.gridline.get_linestyle() == "-" for t in ax.xaxis.get_major_ticks()) and not any(t.gridline.get_visible() for t in ax.yaxis.get_major_ticks()))[-1])(matplotlib.pyplot.subplots()[1])',
#     '__import__("unittest").TestCase().assertRaises(ValueError, add_minor_grid, matplotlib.pyplot.subplots()[1], 1) is None',
#     '(lambda ax: (ax.plot([0, 1], [0, 1]), add_minor_grid(ax, 4, "y"), ax.figure.canvas.draw(), len(ax.xaxis.get_minorticklocs()) == 0 and len(ax.yaxis.get_minorticklocs()) > 0)[-1])(matplotlib.pyplot.subplots()[1])',
#     '(fig.canvas.draw(), np.isclose(np.diff(ax.yaxis.get_minorticklocs()).min(), np.diff(ax.yaxis.get_majorticklocs()).min() / 5))[-1]',
#     '(fig.canvas.draw(), len(ax.xaxis.get_minorticklocs()) == 0 and all(t.gridline.get_visible() and t.gridline.get_linestyle() == ":" for t in ax.yaxis.get_minor_ticks()) and not any(t.gridline.get_visible() for t in ax.xaxis.get_major_ticks()))[-1]',
#     'np.allclose(figure_summary(fig).axes[0].lines_xy[0][:, 1], weather["rainfall"].to_numpy(), equal_nan=True)',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'tick-formatting', 'styling', 'validation']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
from matplotlib.ticker import AutoMinorLocator


def add_minor_grid(ax, subdivisions=4, axis="both"):
    """Put `subdivisions` - 1 minor ticks between consecutive major ticks on
    the chosen axis ("x", "y" or "both") of `ax` with AutoMinorLocator, draw
    a solid grid on the major ticks and a dotted grid on the minor ticks of
    that axis, and return `ax`. Raise ValueError when subdivisions < 2.
    """
    if subdivisions < 2:
        raise ValueError("subdivisions must be at least 2")
    axes = {"x": [ax.xaxis], "y": [ax.yaxis], "both": [ax.xaxis, ax.yaxis]}[axis]
    for which_axis in axes:
        # AutoMinorLocator(n) splits every major interval into n parts
        which_axis.set_minor_locator(AutoMinorLocator(subdivisions))
    ax.grid(True, which="major", axis=axis, linestyle="-", linewidth=0.8)
    ax.grid(True, which="minor", axis=axis, linestyle=":", linewidth=0.5)
    return ax


fig, ax = plt.subplots(figsize=(6, 3.5))
ax.plot(weather.index, weather["rainfall"].to_numpy())
add_minor_grid(ax, subdivisions=5, axis="y")
ax.set(xlabel="date", ylabel="rainfall (mm)", title="Daily rainfall")
