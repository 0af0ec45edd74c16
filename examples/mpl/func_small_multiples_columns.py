# /// example
# task = '''
# Write a function `small_multiples` with the signature and docstring below, then draw the
# channels of the time-indexed frame `sensor` with it in two columns; keep the figure in `fig`.
#
# ```python
# def small_multiples(df, ncols=3):
#     """Return a new Figure with one line plot per numeric column of `df`
#     (values against df's index), titled with the column's name, in column
#     order, row by row.
#
#     The panels fill a grid of ceil(n / c) rows and c = min(ncols, n) columns
#     for n numeric columns and share their y axis; grid cells left over in the
#     last row are removed from the figure, so it holds exactly n Axes.
#     """
# ```'''
# prompt = """
# Please write `small_multiples(df, ncols=3)` that returns a new Matplotlib figure with one small \
# line plot per numeric column of `df` (values over the index), each titled with its column name, \
# laid out row by row in a grid of `ncols` columns (or fewer when there are fewer columns) and \
# `ceil(n / ncols)` rows, all sharing the y axis. Empty cells at the end of the last row must be \
# removed, so the figure has exactly one Axes per column. Then plot my `sensor` channels with it \
# in two columns and keep the figure as `fig`."""
# task_type = 'function'
# domain = 'visualization'
# libraries = ['matplotlib', 'pandas', 'numpy']
# inputs = { sensor = 'sensor' }
# checks = [
#     '(lambda f: (lambda s: s.titles == ["a", "b", "c", "d", "e"] and all(np.allclose(ax.lines_xy[0], np.column_stack([np.arange(4), np.arange(4) * k])) for k, ax in enumerate(s.axes, 1)) and s.axes[0].shares_y)(figure_summary(f)) and [ax.get_subplotspec().get_geometry()[:2] for ax in f.axes] == [(3, 2)] * 5 and [ax.get_subplotspec().num1 for ax in f.axes] == [0, 1, 2, 3, 4])(small_multiples(pd.DataFrame({name: np.arange(4) * k for k, name in enumerate("abcde", 1)}), ncols=2))',
#     # a non-numeric column gets no panel; one panel makes a one-by-one grid
#     '(lambda f: figure_summary(f).titles == ["rate"] and f.axes[0].get_subplotspec().get_geometry()[:2] == (1, 1) and np.allclose(figure_summary(f).axes[0].lines_xy[0], [[10, 0.5], [20, 1.5]]))(small_multiples(pd.DataFrame({"site": ["x", "y"], "rate": [0.5, 1.5]}, index=[10, 20])))',
#     '(lambda f: figure_summary(f).titles == ["p", "q", "r", "s"] and [ax.get_subplotspec().get_geometry()[:2] for ax in f.axes] == [(2, 3)] * 4)(small_multiples(pd.DataFrame(np.ones((3, 4)), columns=list("pqrs"))))',
#     'figure_summary(fig).titles == list(sensor.select_dtypes("number").columns)',
#     'all(np.allclose(ax.lines_xy[0], np.column_stack([matplotlib.dates.date2num(sensor.index), sensor[ax.title].to_numpy()]), equal_nan=True) for ax in figure_summary(fig).axes)',
#     '[ax.get_subplotspec().get_geometry()[:2] for ax in fig.axes] == [(math.ceil(sensor.select_dtypes("number").shape[1] / 2), min(2, sensor.select_dtypes("number").shape[1]))] * sensor.select_dtypes("number").shape[1]',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'subplots', 'line-plot']
# edge_cases = true
# ///
import math

import matplotlib.pyplot as plt


def small_multiples(df, ncols=3):
    """Return a new Figure with one line plot per numeric column of `df`
    (values against df's index), titled with the column's name, in column
    order, row by row.

    The panels fill a grid of ceil(n / c) rows and c = min(ncols, n) columns
    for n numeric columns and share their y axis; grid cells left over in the
    last row are removed from the figure, so it holds exactly n Axes.
    """
    numeric = df.select_dtypes("number")
    n = numeric.shape[1]
    ncols = min(ncols, n)
    nrows = math.ceil(n / ncols)
    # squeeze=False keeps a 2-D array of Axes even for a single row or column
    fig, axes = plt.subplots(
        nrows,
        ncols,
        sharey=True,
        squeeze=False,
        figsize=(3 * ncols, 2.2 * nrows),
        layout="constrained",
    )
    for ax, column in zip(axes.flat[:n], numeric.columns, strict=True):
        ax.plot(numeric.index, numeric[column])
        ax.set_title(column)
    for ax in axes.flat[n:]:
        ax.remove()
    return fig


fig = small_multiples(sensor, ncols=2)
