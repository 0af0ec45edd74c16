# /// example
# task = '''
# Write a function `impute_with_flags` with the signature and docstring below. Apply it to the
# DataFrame `survey` (which has missing values) and store the result in `filled`; store in
# `empty_error` the message raised for a table with a full column `p` and an all-NaN column `q`,
# which is `"column q has no observed values"`.
#
# ```python
# def impute_with_flags(df):
#     """Median-impute the numeric DataFrame df with scikit-learn's
#     SimpleImputer and flag what was filled.
#
#     Returns a new DataFrame with df's index: df's columns in order, missing
#     values replaced by the column median, followed by one int column
#     "<name>_missing" (1 where the value was missing) for each column that
#     had at least one missing value, in column order. Raises
#     ValueError("column <name> has no observed values") for a column with
#     no values at all.
#     """
# ```'''
# prompt = """
# Before modelling I fill gaps with medians but want the model to see where the gaps were. Please \
# write `impute_with_flags(df)` using scikit-learn's `SimpleImputer`: return a new DataFrame on \
# the same index with every column median-filled, then a `"<name>_missing"` int column (1 = was \
# missing) for each column that had gaps, in column order. An entirely empty column should raise \
# `ValueError("column <name> has no observed values")`. Run it on my `survey` table into \
# `filled`, and keep the message for a table with a full column `p` and an all-NaN column `q` \
# (`"column q has no observed values"`) in `empty_error`."""
# task_type = 'function'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'pandas', 'numpy']
# inputs = { survey = 'survey' }
# checks = [
#     '(lambda r: list(r.columns) == ["a", "b", "c", "a_missing", "c_missing"] and np.allclose(r["a"], [1.0, 2.0, 3.0, 2.0]) and np.allclose(r["c"], [5.0, 4.5, 4.5, 4.0]) and list(r["a_missing"]) == [0, 0, 0, 1] and list(r["c_missing"]) == [0, 1, 1, 0] and list(r.index) == [10, 11, 12, 13])(impute_with_flags(pd.DataFrame({"a": [1.0, 2.0, 3.0, np.nan], "b": [9.0, 8.0, 7.0, 6.0], "c": [5.0, np.nan, np.nan, 4.0]}, index=[10, 11, 12, 13])))',
#     '(lambda d: list(impute_with_flags(d).columns) == ["x", "y"] and impute_with_flags(d).equals(d))(pd.DataFrame({"x": [1.0, 4.0], "y": [0.5, 0.25]}))',
#     # an even number of observed values: the median is the mean of the middle two
#     '(lambda r: np.allclose(r["v"], [4.0, 3.0, 1.0, 2.0, 10.0]) and list(r["v_missing"]) == [0, 1, 0, 0, 0])(impute_with_flags(pd.DataFrame({"v": [4.0, np.nan, 1.0, 2.0, 10.0]})))',
#     'empty_error == "column q has no observed values"',
#     'list(filled.columns) == list(survey.columns) + [f"{c}_missing" for c in survey.columns if survey[c].isna().any()] and filled.index.equals(survey.index)',
#     'np.allclose(filled[list(survey.columns)], survey.fillna(survey.median())) and all((filled[f"{c}_missing"] == survey[c].isna().astype(int)).all() for c in survey.columns if survey[c].isna().any())',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'imputation', 'missing-data', 'validation']
# edge_cases = { nan = true, raises = "ValueError", why = "imputation is about missing values; a generated column with no observed values raises the documented ValueError" }
# ///
import numpy as np
import pandas as pd
from sklearn.impute import SimpleImputer


def impute_with_flags(df):
    """Median-impute the numeric DataFrame df with scikit-learn's
    SimpleImputer and flag what was filled.

    Returns a new DataFrame with df's index: df's columns in order, missing
    values replaced by the column median, followed by one int column
    "<name>_missing" (1 where the value was missing) for each column that
    had at least one missing value, in column order. Raises
    ValueError("column <name> has no observed values") for a column with
    no values at all.
    """
    for column in df.columns:
        if df[column].isna().all():
            raise ValueError(f"column {column} has no observed values")
    # add_indicator appends one 0/1 column per feature that had missing values in fit
    imputer = SimpleImputer(strategy="median", add_indicator=True)
    values = imputer.fit_transform(df)
    flagged = [df.columns[i] for i in imputer.indicator_.features_] if imputer.indicator_ else []
    result = pd.DataFrame(values[:, : df.shape[1]], index=df.index, columns=df.columns)
    for j, column in enumerate(flagged):
        result[f"{column}_missing"] = values[:, df.shape[1] + j].astype(int)
    return result


filled = impute_with_flags(survey)

try:
    impute_with_flags(pd.DataFrame({"p": [1.0, 2.0], "q": [np.nan, np.nan]}))
except ValueError as error:
    empty_error = str(error)
