# /// example
# task = '''
# Write a function `impute_group_median` with the signature and docstring below, then fill the
# missing `unit_price` values of `orders` from the median price of the same `product` and store
# the result in `orders_filled`.
#
# ```python
# def impute_group_median(df, column, by):
#     """Fill missing values of `column` with the median of their group.
#
#     `by` is a column name or a list of names. A group with no observed
#     value (or a row whose group key is missing) falls back to the median of
#     the whole column; if the whole column is missing, values stay NaN.
#     Returns a copy of df with a bool column f"{column}_imputed" appended
#     that marks the rows that were missing. df itself is not modified.
#     """
# ```'''
# prompt = """
# I need a reusable imputer: `impute_group_median(df, column, by)` should fill each missing value \
# of `column` with the median of its group (`by` is one column or a list), fall back to the \
# overall median when the group has no observed values or its key is missing, leave NaN when the \
# whole column is empty, and return a copy with an extra bool column `f"{column}_imputed"` marking \
# the originally missing rows, without touching the input. Then fill the missing `unit_price` of \
# my `orders` lines from the median price of the same `product` into `orders_filled`."""
# task_type = 'function'
# domain = 'data_processing'
# libraries = ['pandas', 'numpy']
# inputs = { orders = 'orders' }
# checks = [
#     'np.allclose(impute_group_median(pd.DataFrame({"g": ["a", "a", "a", "b", "b", "c"], "v": [1.0, np.nan, 5.0, 10.0, np.nan, np.nan]}), "v", "g")["v"], [1.0, 3.0, 5.0, 10.0, 10.0, 5.0])',
#     'impute_group_median(pd.DataFrame({"g": ["a", "a", "a", "b", "b", "c"], "v": [1.0, np.nan, 5.0, 10.0, np.nan, np.nan]}), "v", "g")["v_imputed"].tolist() == [False, True, False, False, True, True]',
#     'np.allclose(impute_group_median(pd.DataFrame({"g": ["a", "a", "b", None], "h": [1, 2, 1, 1], "v": [2.0, np.nan, 8.0, np.nan]}, index=[3, 2, 1, 0]), "v", ["g", "h"])["v"], [2.0, 5.0, 8.0, 5.0])',
#     'impute_group_median(pd.DataFrame({"g": ["a", "b"], "v": [np.nan, np.nan]}), "v", "g")["v"].isna().all() and impute_group_median(pd.DataFrame({"g": ["a", "b"], "v": [np.nan, np.nan]}), "v", "g")["v_imputed"].all()',
#     # df itself is not modified: the frame passed in keeps its gap and gains no column
#     '(lambda frame: impute_group_median(frame, "v", "g")["v"].tolist() == [1.0, 1.0] and frame["v"].isna().tolist() == [False, True] and list(frame.columns) == ["g", "v"])(pd.DataFrame({"g": ["a", "a"], "v": [1.0, np.nan]}))',
#     'list(orders_filled.columns) == list(orders.columns) + ["unit_price_imputed"] and orders_filled.index.equals(orders.index) and orders_filled["unit_price_imputed"].tolist() == orders["unit_price"].isna().tolist()',
#     'np.allclose(orders_filled["unit_price"].to_numpy(), [price if not np.isnan(price) else (orders.loc[orders["product"] == product, "unit_price"].median() if orders.loc[orders["product"] == product, "unit_price"].notna().any() else orders["unit_price"].median()) for product, price in zip(orders["product"], orders["unit_price"])], equal_nan=True)',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'imputation', 'groupby', 'missing-data']
# edge_cases = { nan = true, why = "the task fills missing prices, so the generated order lines must be allowed to have them" }
# ///


def impute_group_median(df, column, by):
    """Fill missing values of `column` with the median of their group.

    `by` is a column name or a list of names. A group with no observed
    value (or a row whose group key is missing) falls back to the median of
    the whole column; if the whole column is missing, values stay NaN.
    Returns a copy of df with a bool column f"{column}_imputed" appended
    that marks the rows that were missing. df itself is not modified.
    """
    missing = df[column].isna()
    # transform gives each row its group's median; rows with a missing key get NaN there
    group_median = df.groupby(by, observed=True)[column].transform("median")
    filled = df[column].fillna(group_median).fillna(df[column].median())
    return df.assign(**{column: filled, f"{column}_imputed": missing})


orders_filled = impute_group_median(orders, "unit_price", "product")
