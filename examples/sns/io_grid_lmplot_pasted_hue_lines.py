# /// example
# task = """
# Build the calibration data below as `calib` (columns `standard`, `instrument`, `signal`) and \
# draw it with seaborn's `lmplot`: `signal` against `standard`, one colour per `instrument` \
# (hue order "A", "B"), each with its straight-line fit and no confidence band. Keep the grid in \
# `g`.
#
# ```text
# standard  instrument  signal
#        0           A     1.0
#        1           A     3.0
#        2           A     5.0
#        4           A     9.0
#        0           B     0.5
#        2           B     1.5
#        4           B     2.5
#        6           B     3.5
# ```
#
# Wanted fitted lines (they should run through every point):
#
# ```text
# A: signal = 2.0 * standard + 1.0
# B: signal = 0.5 * standard + 0.5
# ```"""
# prompt = """
# Calibration runs from two instruments; please put them in a DataFrame `calib` and plot \
# `signal` vs `standard` with seaborn's `lmplot`, coloured by `instrument` (order "A", "B"), \
# a fitted line per instrument and no confidence band. Keep the grid as `g`.
#
# ```text
# standard  instrument  signal
#        0           A     1.0
#        1           A     3.0
#        2           A     5.0
#        4           A     9.0
#        0           B     0.5
#        2           B     1.5
#        4           B     2.5
#        6           B     3.5
# ```
#
# The lines should come out as:
#
# ```text
# A: signal = 2.0 * standard + 1.0
# B: signal = 0.5 * standard + 0.5
# ```"""
# task_type = 'input-output'
# domain = 'visualization'
# libraries = ['seaborn', 'pandas', 'numpy']
# inputs = {}
# checks = [
#     # the A line, then the B line, each over its own x range
#     '(lambda lines: len(lines) == 2 and np.allclose(lines[0][:, 1], 2.0 * lines[0][:, 0] + 1.0) and np.isclose(lines[0][:, 0].max(), 4) and np.allclose(lines[1][:, 1], 0.5 * lines[1][:, 0] + 0.5) and np.isclose(lines[1][:, 0].max(), 6))(axes_summary(g.ax).lines_xy)',
#     'np.allclose(sorted(map(tuple, np.concatenate(axes_summary(g.ax).scatter_xy))), sorted([(0, 1.0), (1, 3.0), (2, 5.0), (4, 9.0), (0, 0.5), (2, 1.5), (4, 2.5), (6, 3.5)]))',
#     # no confidence bands: only the two scatter collections
#     'axes_summary(g.ax).n_collections == 2',
#     '[t.get_text() for t in g.legend.texts] == ["A", "B"]',
# ]
# difficulty = 'basic'
# tags = ['regression', 'applied-science']
# ///
import pandas as pd
import seaborn as sns

calib = pd.DataFrame(
    {
        "standard": [0, 1, 2, 4, 0, 2, 4, 6],
        "instrument": ["A"] * 4 + ["B"] * 4,
        "signal": [1.0, 3.0, 5.0, 9.0, 0.5, 1.5, 2.5, 3.5],
    }
)
# ci=None: no bootstrap band, just the least-squares line per instrument
g = sns.lmplot(
    data=calib, x="standard", y="signal", hue="instrument", hue_order=["A", "B"], ci=None, height=3
)
