# /// example
# task = '''
# Write a function `lift_table` with the signature and docstring below, then compute the lift of
# each answer to `q1` in each respondent `group` of the survey `likert`, storing the table in
# `q1_lift`.
#
# ```python
# def lift_table(row_values, col_values):
#     """Lift of every (row category, column category) pair.
#
#     lift = P(row and col) / (P(row) * P(col)), with the probabilities taken
#     as shares of the pairs where both values are present (pairs with a
#     missing value are dropped). Returns a DataFrame with the observed row
#     categories as the index and the observed column categories as the
#     columns, both sorted; a pair that never occurs has lift 0.
#     """
# ```'''
# prompt = """
# I want to see which answers are over-represented in which group. Please write \
# `lift_table(row_values, col_values)` that returns, for every pair of observed categories, \
# P(row and col) / (P(row) P(col)) computed over the pairs with both values present, as a frame \
# with sorted row categories as index and sorted column categories as columns, 0 for pairs that \
# never occur. Then apply it to `group` (rows) and `q1` (columns) of my `likert` survey, into \
# `q1_lift`."""
# task_type = 'function'
# domain = 'statistics'
# libraries = ['pandas']
# inputs = { likert = 'likert' }
# checks = [
#     # P(a, x) = 2/4, P(a) = 3/4, P(x) = 2/4 -> 4/3; (b, x) never occurs -> 0
#     'np.allclose(lift_table(pd.Series(["a", "a", "b", "a"]), pd.Series(["x", "y", "y", "x"])).to_numpy(dtype=float), [[4 / 3, 2 / 3], [0.0, 2.0]])',
#     'list(lift_table(pd.Series(["a", "a", "b", "a"]), pd.Series(["x", "y", "y", "x"])).index) == ["a", "b"] and list(lift_table(pd.Series(["a", "a", "b", "a"]), pd.Series(["x", "y", "y", "x"])).columns) == ["x", "y"]',
#     'np.allclose(lift_table(pd.Series(["u", "v", None, "u"]), pd.Series([1, 1, 2, np.nan])).to_numpy(dtype=float), [[1.0], [1.0]])',
#     'np.allclose(lift_table(pd.Series(["k", "k"]), pd.Series(["z", "z"])).to_numpy(dtype=float), [[1.0]])',
#     'sorted(str(g) for g in q1_lift.index) == sorted(str(g) for g in likert["group"].unique()) and sorted(int(a) for a in q1_lift.columns) == sorted(int(a) for a in likert["q1"].unique())',
#     '(lambda g, q: all(np.isclose(q1_lift.loc[gg, qq], ((g == gg) & (q == qq)).mean() / ((g == gg).mean() * (q == qq).mean())) for gg in q1_lift.index for qq in q1_lift.columns))(likert["group"].astype(str).to_numpy(), likert["q1"].astype(int).to_numpy())',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'counting', 'reshaping']
# edge_cases = true
# ///
import pandas as pd


def lift_table(row_values, col_values):
    """Lift of every (row category, column category) pair.

    lift = P(row and col) / (P(row) * P(col)), with the probabilities taken
    as shares of the pairs where both values are present (pairs with a
    missing value are dropped). Returns a DataFrame with the observed row
    categories as the index and the observed column categories as the
    columns, both sorted; a pair that never occurs has lift 0.
    """
    pairs = pd.DataFrame({"row": row_values.to_numpy(), "col": col_values.to_numpy()}).dropna()
    # plain values (not categories) so only observed levels become rows and columns
    joint = pd.crosstab(pairs["row"].astype(object), pairs["col"].astype(object), normalize="all")
    row_share = joint.sum(axis=1)
    col_share = joint.sum(axis=0)
    lift = joint.div(row_share, axis=0).div(col_share, axis=1)
    return lift.sort_index().sort_index(axis=1)


q1_lift = lift_table(likert["group"], likert["q1"])
