# /// example
# task = '''
# Write a function `plot_columns_grid` with the signature and docstring below, then plot the
# channels of `sensor` in a grid with two panels per row and the title "Sensor channels", keeping
# the returned figure in `fig`. Store in `grid_error` the message raised for a frame with only a
# text column.
#
# ```python
# def plot_columns_grid(df, ncols=2, title=None):
#     """One line panel per numeric column of df, in rows of `ncols` panels.
#
#     Panels follow df's column order row by row; each plots its column
#     against df.index and is titled with the column name, and all panels
#     share the x axis. Panels left over in the last row are removed. `title`
#     (if given) becomes the figure's suptitle. Returns the Figure. Raises
#     ValueError("no numeric columns") when there is nothing to plot.
#     """
# ```'''
# prompt = """
# I want a quick overview plot for any table: `plot_columns_grid(df, ncols=2, title=None)` should \
# draw one line panel per numeric column (against the index, titled with the column name) in a \
# grid with `ncols` panels per row, filled row by row in column order, all sharing the x axis, \
# with the unused panels of the last row removed and `title` as the figure's suptitle. It returns \
# the Figure and raises `ValueError("no numeric columns")` if there is nothing numeric. Use it on \
# my `sensor` table with two panels per row and the title "Sensor channels" into `fig`, and keep \
# the error message for a frame with only a text column in `grid_error`."""
# task_type = 'function'
# domain = 'visualization'
# libraries = ['pandas', 'matplotlib', 'numpy']
# inputs = { sensor = 'sensor' }
# checks = [
#     'figure_summary(plot_columns_grid(pd.DataFrame({"a": [1.0, 2.0], "b": [3.0, 4.0], "c": [5.0, 6.0], "s": ["x", "y"]}))).titles == ["a", "b", "c"]',
#     '[np.allclose(panel.lines_xy[0][:, 1], values) for panel, values in zip(figure_summary(plot_columns_grid(pd.DataFrame({"u": [1.0, 4.0, 2.0], "v": [0.5, 0.0, 1.5]}), ncols=3, title="two")).axes, [[1.0, 4.0, 2.0], [0.5, 0.0, 1.5]])] == [True, True]',
#     'figure_summary(plot_columns_grid(pd.DataFrame({"only": [3, 1, 2]}), ncols=4)).n_axes == 1',
#     'grid_error == "no numeric columns"',
#     'figure_summary(fig).n_axes == len(sensor.columns) and figure_summary(fig).titles == list(sensor.columns) and figure_summary(fig).suptitle == "Sensor channels"',
#     'all(len(panel.lines_xy) == 1 and np.allclose(panel.lines_xy[0][:, 1], sensor[column]) for panel, column in zip(figure_summary(fig).axes, sensor.columns))',
#     # two panels per row: the first two side by side, the third below the first
#     'np.isclose(fig.axes[0].get_position().y0, fig.axes[1].get_position().y0) and fig.axes[1].get_position().x0 > fig.axes[0].get_position().x0 and fig.axes[2].get_position().y0 < fig.axes[0].get_position().y0 and np.isclose(fig.axes[2].get_position().x0, fig.axes[0].get_position().x0)',
#     'figure_summary(fig).axes[1].shares_x',
# ]
# difficulty = 'advanced'
# tags = ['reusable-function', 'subplots', 'line-plot', 'validation']
# edge_cases = true
# ///
import math

import matplotlib.pyplot as plt


def plot_columns_grid(df, ncols=2, title=None):
    """One line panel per numeric column of df, in rows of `ncols` panels.

    Panels follow df's column order row by row; each plots its column
    against df.index and is titled with the column name, and all panels
    share the x axis. Panels left over in the last row are removed. `title`
    (if given) becomes the figure's suptitle. Returns the Figure. Raises
    ValueError("no numeric columns") when there is nothing to plot.
    """
    numeric = df.select_dtypes("number")
    if numeric.columns.empty:
        raise ValueError("no numeric columns")
    nrows = math.ceil(len(numeric.columns) / ncols)
    # squeeze=False keeps a 2-D array of Axes even for a single row or column
    fig, axes = plt.subplots(
        nrows,
        ncols,
        sharex=True,
        squeeze=False,
        figsize=(4 * ncols, 2.5 * nrows),
        layout="constrained",
    )
    for ax, column in zip(axes.flat, numeric.columns, strict=False):
        numeric[column].plot(ax=ax, title=column)
    for ax in axes.flat[len(numeric.columns) :]:
        fig.delaxes(ax)
    if title is not None:
        fig.suptitle(title)
    return fig


fig = plot_columns_grid(sensor, ncols=2, title="Sensor channels")

try:
    plot_columns_grid(sensor.assign(note="x")[["note"]])
except ValueError as error:
    grid_error = str(error)
