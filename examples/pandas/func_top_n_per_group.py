# /// example
# task = '''
# Write a function `top_n_per_group` with the signature and docstring below. Apply it to `trial`
# to get the 3 rows with the highest `response` in each `site`, storing the result in `best`.
#
# ```python
# def top_n_per_group(df, group_col, value_col, n):
#     """The n rows with the largest `value_col` within each group of `group_col`.
#
#     Rows whose value is NaN are never selected; of tied values the row that
#     comes first in df wins. The result keeps df's columns and index labels,
#     ordered by group (sorted) and then by value, largest first. A group with
#     fewer than n rows contributes all its rows; n <= 0 or an empty df gives
#     an empty frame with df's columns.
#     """
# ```'''
# prompt = """
# I often need "the top n per group", so please write `top_n_per_group(df, group_col, value_col, n)` \
# returning the n rows with the largest `value_col` in each group (never NaN rows, first row wins \
# ties), keeping the original columns and index labels, ordered by group and then value \
# descending; small groups give all their rows and `n <= 0` or an empty frame gives an empty frame \
# with the same columns. Then get the top 3 `response` rows per `site` of my `trial` table into \
# `best`."""
# task_type = 'function'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { trial = 'trial' }
# checks = [
#     'top_n_per_group(pd.DataFrame({"g": ["a", "b", "a", "a", "b"], "v": [3.0, 1.0, 5.0, 4.0, 2.0]}), "g", "v", 2)["v"].tolist() == [5.0, 4.0, 2.0, 1.0]',
#     'list(top_n_per_group(pd.DataFrame({"g": ["a", "b", "a", "a", "b"], "v": [3.0, 1.0, 5.0, 4.0, 2.0]}, index=[10, 11, 12, 13, 14]), "g", "v", 1).index) == [12, 14]',
#     'top_n_per_group(pd.DataFrame({"g": ["x", "x", "x", "y"], "v": [np.nan, 2.0, 2.0, 7.0], "id": [1, 2, 3, 4]}), "g", "v", 1)["id"].tolist() == [2, 4]',
#     'top_n_per_group(pd.DataFrame({"g": ["x", "y"], "v": [1.0, 2.0]}), "g", "v", 0).empty and list(top_n_per_group(pd.DataFrame({"g": ["x", "y"], "v": [1.0, 2.0]}), "g", "v", 0).columns) == ["g", "v"]',
#     'set(best.columns) == set(trial.columns)',
#     'all(len(rows) == min(3, trial.loc[trial["site"] == site, "response"].notna().sum()) for site, rows in best.groupby("site", observed=True)) and len(best) == sum(min(3, count) for count in trial.groupby("site", observed=True)["response"].count())',
#     'all(np.allclose(rows["response"].to_numpy(), np.sort(trial.loc[trial["site"] == site, "response"].dropna().to_numpy())[::-1][:3]) for site, rows in best.groupby("site", observed=True))',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'groupby', 'sorting']
# edge_cases = true
# ///


def top_n_per_group(df, group_col, value_col, n):
    """The n rows with the largest `value_col` within each group of `group_col`.

    Rows whose value is NaN are never selected; of tied values the row that
    comes first in df wins. The result keeps df's columns and index labels,
    ordered by group (sorted) and then by value, largest first. A group with
    fewer than n rows contributes all its rows; n <= 0 or an empty df gives
    an empty frame with df's columns.
    """
    if n <= 0:
        return df.iloc[0:0]
    # a stable sort keeps the earlier row first among tied values
    ranked = df.dropna(subset=[value_col]).sort_values(
        [group_col, value_col], ascending=[True, False], kind="stable"
    )
    return ranked.groupby(group_col, observed=True, sort=False).head(n)


best = top_n_per_group(trial, "site", "response", 3)
