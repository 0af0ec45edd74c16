# /// example
# task = '''
# Write a function `joint_with_r` with the signature and docstring below using seaborn's
# `jointplot`, then apply it to `temperature` against `elevation_m` of the table `stations` and
# keep the returned pair in `g, r`.
#
# ```python
# def joint_with_r(df, x, y):
#     """Scatter column `y` against column `x` of `df` in a seaborn jointplot
#     (histograms on the margins), using only the rows where both are present,
#     write the Pearson correlation as "r = 0.87" (two decimals) in the joint
#     axes, and return (grid, r) with r the unrounded coefficient. Raises
#     ValueError when fewer than 3 complete rows remain or either column is
#     constant over them.
#     """
# ```'''
# prompt = """
# I'd like a helper `joint_with_r(df, x, y)` built on seaborn's `jointplot`: scatter `y` vs `x` \
# with marginal histograms, ignoring rows where either value is missing, print the Pearson r on \
# the joint axes like "r = 0.87", and return `(grid, r)` with the exact r. It should raise \
# ValueError if fewer than 3 complete rows are left or a column is constant. Use it on my \
# `stations` table for `temperature` vs `elevation_m`, keeping the result in `g, r`."""
# task_type = 'function'
# domain = 'visualization'
# libraries = ['seaborn', 'scipy.stats', 'numpy', 'pandas']
# inputs = { stations = 'stations' }
# checks = [
#     # the row with a missing y is dropped before plotting and correlating
#     '(lambda df: (lambda out: np.isclose(out[1], np.corrcoef([1.0, 2.0, 3.0, 5.0], [2.0, 1.0, 4.0, 7.0])[0, 1]) and len(axes_summary(out[0].ax_joint).scatter_xy[0]) == 4 and f"r = {np.corrcoef([1.0, 2.0, 3.0, 5.0], [2.0, 1.0, 4.0, 7.0])[0, 1]:.2f}" in axes_summary(out[0].ax_joint).texts)(joint_with_r(df, "a", "b")))(pd.DataFrame({"a": [1.0, 2.0, 3.0, 4.0, 5.0], "b": [2.0, 1.0, 4.0, np.nan, 7.0]}))',
#     # a perfect negative relation
#     '(lambda out: np.isclose(out[1], -1.0) and "r = -1.00" in axes_summary(out[0].ax_joint).texts)(joint_with_r(pd.DataFrame({"u": [0.0, 1.0, 2.0], "v": [4.0, 2.0, 0.0]}), "u", "v"))',
#     # a column with only two distinct values still varies
#     '(lambda df: np.isclose(joint_with_r(df, "a", "b")[1], np.corrcoef(df["a"], df["b"])[0, 1]) and np.isclose(joint_with_r(df, "b", "a")[1], np.corrcoef(df["a"], df["b"])[0, 1]))(pd.DataFrame({"a": [0.0, 0.0, 1.0, 1.0], "b": [1.0, 2.0, 3.0, 5.0]}))',
#     # integer columns, a text column ignored, arguments in the other order
#     '(lambda out: np.isclose(out[1], 0.8) and "r = 0.80" in axes_summary(out[0].ax_joint).texts)(joint_with_r(pd.DataFrame({"p": [1, 2, 3, 4], "q": [1, 3, 2, 4], "name": ["w", "x", "y", "z"]}), "q", "p"))',
#     '__import__("unittest").TestCase().assertRaises(ValueError, joint_with_r, pd.DataFrame({"a": [1.0, 2.0, np.nan], "b": [3.0, 1.0, 2.0]}), "a", "b") is None',
#     '__import__("unittest").TestCase().assertRaises(ValueError, joint_with_r, pd.DataFrame({"a": [1.0, 2.0, 3.0, 4.0], "b": [3.0, 3.0, 3.0, 3.0]}), "a", "b") is None',
#     'np.isclose(r, np.corrcoef(stations["elevation_m"], stations["temperature"])[0, 1]) and f"r = {r:.2f}" in axes_summary(g.ax_joint).texts',
#     'np.allclose(axes_summary(g.ax_joint).scatter_xy[0], stations[["elevation_m", "temperature"]].to_numpy())',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'correlation', 'scatter-plot', 'validation']
# edge_cases = { min_size = 3, raises = "ValueError", why = "with few stations the elevations or temperatures can all be equal, where the function promises a ValueError" }
# ///
import seaborn as sns
from scipy import stats


def joint_with_r(df, x, y):
    """Scatter column `y` against column `x` of `df` in a seaborn jointplot
    (histograms on the margins), using only the rows where both are present,
    write the Pearson correlation as "r = 0.87" (two decimals) in the joint
    axes, and return (grid, r) with r the unrounded coefficient. Raises
    ValueError when fewer than 3 complete rows remain or either column is
    constant over them.
    """
    complete = df[[x, y]].dropna()
    if len(complete) < 3:
        raise ValueError(f"need at least 3 complete rows, got {len(complete)}")
    if complete[x].nunique() < 2 or complete[y].nunique() < 2:
        raise ValueError("a correlation needs both columns to vary")
    r = stats.pearsonr(complete[x], complete[y]).statistic
    grid = sns.jointplot(data=complete, x=x, y=y, height=3)
    # axes-fraction coordinates keep the label in the corner whatever the data range
    grid.ax_joint.text(0.05, 0.92, f"r = {r:.2f}", transform=grid.ax_joint.transAxes)
    return grid, r


g, r = joint_with_r(stations, "elevation_m", "temperature")
