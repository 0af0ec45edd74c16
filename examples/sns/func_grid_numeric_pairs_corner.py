# /// example
# task = '''
# Write a function `numeric_pairs` with the signature and docstring below using seaborn's
# `pairplot`, then apply it to the table `measurements` with at most 2 variables and keep the
# returned grid in `g`.
#
# ```python
# def numeric_pairs(df, max_vars=3):
#     """Corner pairplot of the numeric columns of `df` (the first `max_vars`
#     of them, in column order; other columns ignored): scatter plots below
#     the diagonal, histograms on the diagonal, nothing above it. Raises
#     ValueError when `df` has fewer than two numeric columns. Returns the
#     PairGrid.
#     """
# ```'''
# prompt = """
# Please write `numeric_pairs(df, max_vars=3)` using seaborn's `pairplot`: take the numeric \
# columns of `df` (only the first `max_vars`, in column order, skipping text columns), draw a \
# corner plot (scatter below the diagonal, histograms on it, upper triangle empty), raise a \
# ValueError if there are fewer than two numeric columns, and return the grid. Then call it on my \
# `measurements` table with `max_vars=2` and keep the grid as `g`."""
# task_type = 'function'
# domain = 'visualization'
# libraries = ['seaborn', 'pandas', 'numpy']
# inputs = { measurements = 'measurements' }
# checks = [
#     # the text column is skipped, three numeric variables in column order
#     '(lambda df: (lambda grid: grid.x_vars == ["a", "b", "c"] and grid.axes[0, 1] is None and grid.axes[0, 2] is None and grid.axes[1, 2] is None and np.allclose(axes_summary(grid.axes[2, 0]).scatter_xy[0], df[["a", "c"]].to_numpy()) and int(np.concatenate(axes_summary(grid.diag_axes[1]).bar_heights).sum()) == 5)(numeric_pairs(df)))(pd.DataFrame({"name": ["p", "q", "r", "s", "t"], "a": [1.0, 2.0, 3.0, 4.0, 5.0], "b": [5, 3, 4, 1, 2], "c": [0.5, 0.1, 0.9, 0.3, 0.7], "d": [1.0, 0.0, 1.0, 0.0, 1.0]}))',
#     '(lambda grid: grid.x_vars == ["x", "y"] and grid.axes.shape == (2, 2) and np.allclose(axes_summary(grid.axes[1, 0]).scatter_xy[0], [[1.0, 2.0], [2.0, 0.0], [3.0, 5.0]]))(numeric_pairs(pd.DataFrame({"x": [1.0, 2.0, 3.0], "y": [2.0, 0.0, 5.0], "z": [7.0, 8.0, 9.0]}), max_vars=2))',
#     # fewer numeric columns than max_vars: all of them are used
#     '(lambda grid: grid.x_vars == ["i", "f"] and grid.axes.shape == (2, 2))(numeric_pairs(pd.DataFrame({"i": [1, 2, 3], "s": ["a", "b", "c"], "f": [0.5, 0.1, 0.3]})))',
#     '__import__("unittest").TestCase().assertRaises(ValueError, numeric_pairs, pd.DataFrame({"label": ["a", "b"], "v": [1.0, 2.0]})) is None',
#     'g.x_vars == list(measurements.columns[:2]) and g.axes[0, 1] is None',
#     'np.allclose(axes_summary(g.axes[1, 0]).scatter_xy[0], measurements.iloc[:, :2].to_numpy())',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'correlation', 'scatter-plot', 'validation']
# edge_cases = true
# ///
import seaborn as sns


def numeric_pairs(df, max_vars=3):
    """Corner pairplot of the numeric columns of `df` (the first `max_vars`
    of them, in column order; other columns ignored): scatter plots below
    the diagonal, histograms on the diagonal, nothing above it. Raises
    ValueError when `df` has fewer than two numeric columns. Returns the
    PairGrid.
    """
    numeric = df.select_dtypes("number").columns[:max_vars]
    if len(numeric) < 2:
        raise ValueError("a pair plot needs at least two numeric columns")
    # corner=True leaves the mirror-image upper triangle out
    return sns.pairplot(df, vars=list(numeric), corner=True, diag_kind="hist", height=2)


g = numeric_pairs(measurements, max_vars=2)
