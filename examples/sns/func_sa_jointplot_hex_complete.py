# /// example
# task = '''
# Write a function `hex_joint` with the signature and docstring below using seaborn's `jointplot`
# with `kind="hex"`, then draw `temperature` against `elevation_m` of the station table `stations`
# with 15 hexagons across and keep the returned grid in `g`.
#
# ```python
# def hex_joint(df, x, y, gridsize=20):
#     """Hexbin joint plot of column `y` against column `x` of `df`, with
#     `gridsize` hexagons across the x range and histograms of both columns
#     in the margins. Only rows where both x and y are present are drawn,
#     so the hexagon counts and each margin's counts all add up to that
#     number of complete rows. Returns the seaborn JointGrid.
#     """
# ```'''
# prompt = """
# I'd like a helper `hex_joint(df, x, y, gridsize=20)` built on seaborn's `jointplot(kind="hex")`: \
# a hexbin of `y` against `x` with `gridsize` hexagons across, marginal histograms of both \
# columns, using only rows where both values are present (so the hexagon counts and each margin \
# sum to the number of complete rows), returning the grid. Then call it on my `stations` table \
# for `temperature` against `elevation_m` with a grid size of 15 and keep the grid as `g`."""
# task_type = 'function'
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'pandas', 'numpy']
# inputs = { stations = 'stations' }
# checks = [
#     # hexagon counts and both margins each account for every complete row
#     '(lambda df: (lambda grid: np.isclose(np.sum(axes_summary(grid.ax_joint).mesh_arrays[0]), 4) and np.isclose(sum(np.sum(h) for h in axes_summary(grid.ax_marg_x).bar_heights), 4) and np.isclose(sum(np.sum(h) for h in axes_summary(grid.ax_marg_y).bar_heights), 4))(hex_joint(df, "a", "b", gridsize=5)))(pd.DataFrame({"a": [1.0, 2.0, np.nan, 4.0, 5.0, 6.0], "b": [2.0, 1.0, 3.0, np.nan, 0.5, 7.0]}))',
#     # gridsize sets the number of hexagons across: a finer grid splits the same points into more cells
#     '(lambda df: (lambda coarse, fine: len(coarse.collections[0].get_offsets()) < len(fine.collections[0].get_offsets()) and np.isclose(np.sum(coarse.collections[0].get_array()), 40))(hex_joint(df, "u", "v", gridsize=3).ax_joint, hex_joint(df, "u", "v", gridsize=30).ax_joint))(pd.DataFrame({"u": np.linspace(0.0, 1.0, 40), "v": np.linspace(0.0, 1.0, 40) ** 2}))',
#     '(lambda grid: grid.ax_joint.get_xlabel() == "x" and grid.ax_joint.get_ylabel() == "y" and np.isclose(np.sum(grid.ax_joint.collections[0].get_array()), 3))(hex_joint(pd.DataFrame({"x": [1.0, 1.0, 2.0], "y": [3.0, 3.0, 1.0]}), "x", "y"))',
#     'np.isclose(np.sum(axes_summary(g.ax_joint).mesh_arrays[0]), stations[["elevation_m", "temperature"]].dropna().shape[0]) and np.isclose(sum(np.sum(h) for h in axes_summary(g.ax_marg_x).bar_heights), stations[["elevation_m", "temperature"]].dropna().shape[0])',
# ]
# difficulty = 'basic'
# tags = ['reusable-function', 'bivariate', 'marginal-distributions', 'missing-data']
# edge_cases = true
# ///
import seaborn as sns


def hex_joint(df, x, y, gridsize=20):
    """Hexbin joint plot of column `y` against column `x` of `df`, with
    `gridsize` hexagons across the x range and histograms of both columns
    in the margins. Only rows where both x and y are present are drawn,
    so the hexagon counts and each margin's counts all add up to that
    number of complete rows. Returns the seaborn JointGrid.
    """
    # jointplot drops incomplete rows itself; joint_kws reaches the hexbin call
    return sns.jointplot(data=df, x=x, y=y, kind="hex", joint_kws={"gridsize": gridsize}, height=4)


g = hex_joint(stations, "elevation_m", "temperature", gridsize=15)
