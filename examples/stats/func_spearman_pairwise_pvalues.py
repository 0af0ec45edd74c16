# /// example
# task = '''
# Write a function `spearman_table` with the signature and docstring below. Apply it to the
# DataFrame `survey` (which has missing values) and store the two tables in `rho` and `pvals`.
#
# ```python
# def spearman_table(df, min_pairs=3):
#     """Pairwise Spearman correlations and their p-values for the numeric
#     columns of df.
#
#     Each pair of columns uses the rows where both are present. Returns
#     (rho, pvalues), two square DataFrames indexed and labelled by the
#     column names; the diagonal is 1.0 for rho and 0.0 for the p-values.
#     A pair with fewer than min_pairs complete rows, or where either column
#     is constant on those rows, gets NaN in both tables.
#     """
# ```'''
# prompt = """
# `df.corr(method="spearman")` gives me no p-values, so I'd like `spearman_table(df, \
# min_pairs=3)` returning `(rho, pvalues)`: two square DataFrames over the numeric columns, each \
# pair computed on the rows where both values are present, with 1.0 / 0.0 on the diagonal, and NaN \
# in both tables for a pair with fewer than `min_pairs` complete rows or a constant column. My \
# `survey` table has gaps; store its tables in `rho` and `pvals`."""
# task_type = 'function'
# domain = 'statistics'
# libraries = ['scipy.stats', 'pandas', 'numpy']
# inputs = { survey = 'survey' }
# checks = [
#     '(lambda r: np.isclose(r[0].loc["u", "v"], scipy.stats.spearmanr([1, 2, 3, 4, 5], [2, 1, 4, 3, 5]).statistic) and np.isclose(r[1].loc["v", "u"], scipy.stats.spearmanr([1, 2, 3, 4, 5], [2, 1, 4, 3, 5]).pvalue) and r[0].loc["u", "u"] == 1.0 and r[1].loc["v", "v"] == 0.0)(spearman_table(pd.DataFrame({"u": [1.0, 2, 3, 4, 5], "v": [2.0, 1, 4, 3, 5]})))',
#     # the NaN row is skipped for (u, v) only; w is constant, so its pairs are NaN
#     '(lambda r: np.isclose(r[0].loc["u", "v"], scipy.stats.spearmanr([1, 2, 4, 5], [1, 3, 2, 6]).statistic) and np.isclose(r[0].loc["u", "x"], scipy.stats.spearmanr([1, 2, 3, 4, 5], [5, 3, 4, 1, 2]).statistic) and np.isnan(r[0].loc["u", "w"]) and np.isnan(r[1].loc["w", "v"]))(spearman_table(pd.DataFrame({"u": [1.0, 2, 3, 4, 5], "v": [1.0, 3, np.nan, 2, 6], "w": [7.0] * 5, "x": [5.0, 3, 4, 1, 2]})))',
#     '(lambda r: np.isnan(r[0].loc["a", "b"]) and np.isnan(r[1].loc["a", "b"]))(spearman_table(pd.DataFrame({"a": [1.0, 2.0, np.nan, 4.0], "b": [3.0, 1.0, 2.0, np.nan]})))',
#     # the default min_pairs=3 accepts exactly three complete rows
#     '(lambda r: np.isclose(r[0].loc["u", "v"], 0.5) and np.isclose(r[1].loc["u", "v"], scipy.stats.spearmanr([1.0, 2, 3], [1.0, 3, 2]).pvalue))(spearman_table(pd.DataFrame({"u": [1.0, 2, 3, np.nan], "v": [1.0, 3, 2, 4]})))',
#     # min_pairs=6 is more than the 5 rows, so every off-diagonal pair is NaN
#     '(lambda r: np.isnan(r[0].loc["u", "v"]) and np.isnan(r[1].loc["v", "u"]) and r[0].loc["u", "u"] == 1.0)(spearman_table(pd.DataFrame({"u": [1.0, 2, 3, 4, 5], "v": [2.0, 1, 4, 3, 5]}), min_pairs=6))',
#     'list(rho.columns) == list(survey.columns) and list(pvals.index) == list(survey.columns)',
#     '(lambda c: np.allclose(rho.where(c.notna()), c, equal_nan=True))(survey.corr(method="spearman", min_periods=3).where(survey.notna().astype(float).T.dot(survey.notna().astype(float)) >= 3))',
#     'all(np.isnan(pvals.loc[x, y]) if np.isnan(rho.loc[x, y]) else (x == y and pvals.loc[x, y] == 0.0) or np.isclose(pvals.loc[x, y], scipy.stats.spearmanr(survey[[x, y]].dropna()[x], survey[[x, y]].dropna()[y]).pvalue) for x in survey.columns for y in survey.columns)',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'correlation', 'ranking', 'missing-data', 'column-wise']
# edge_cases = true
# ///
import numpy as np
import pandas as pd
from scipy import stats


def spearman_table(df, min_pairs=3):
    """Pairwise Spearman correlations and their p-values for the numeric
    columns of df.

    Each pair of columns uses the rows where both are present. Returns
    (rho, pvalues), two square DataFrames indexed and labelled by the
    column names; the diagonal is 1.0 for rho and 0.0 for the p-values.
    A pair with fewer than min_pairs complete rows, or where either column
    is constant on those rows, gets NaN in both tables.
    """
    numeric = df.select_dtypes("number")
    columns = numeric.columns
    rho = pd.DataFrame(np.nan, index=columns, columns=columns)
    pvalues = rho.copy()
    for i, x in enumerate(columns):
        rho.loc[x, x], pvalues.loc[x, x] = 1.0, 0.0
        for y in columns[i + 1 :]:
            pair = numeric[[x, y]].dropna()
            # a constant column has no ranks to correlate: leave the pair as NaN
            if len(pair) < min_pairs or pair[x].nunique() < 2 or pair[y].nunique() < 2:
                continue
            result = stats.spearmanr(pair[x], pair[y])
            rho.loc[x, y] = rho.loc[y, x] = result.statistic
            pvalues.loc[x, y] = pvalues.loc[y, x] = result.pvalue
    return rho, pvalues


rho, pvals = spearman_table(survey)
