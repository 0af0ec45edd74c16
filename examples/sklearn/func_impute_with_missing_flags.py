# /// example
# task = '''
# Write a function `impute_with_flags` with the signature and docstring below (scikit-learn's
# `SimpleImputer` can add the indicator columns itself). Apply it to `survey` and store the result in
# `imputed`.
#
# ```python
# def impute_with_flags(df):
#     """Median-impute the numeric DataFrame df and flag what was missing.
#
#     Returns a new DataFrame: the original columns with NaN replaced by
#     the column median, followed by one 0/1 column "missingindicator_<col>"
#     for each column that had at least one NaN (in the original order).
#     A column with no observed value at all is filled with 0. The index
#     of df is kept.
#     """
# ```'''
# prompt = """
# Before modelling I want my numeric table `survey` median-imputed, but the model should also know \
# which values were missing. Write `impute_with_flags(df)` returning a DataFrame with the imputed \
# columns (a column with no values at all filled with 0) followed by 0/1 columns named \
# `missingindicator_<col>` for each column that had gaps (same index as the input), and apply it \
# to `survey` into `imputed`."""
# task_type = 'function'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'pandas', 'numpy']
# inputs = { survey = 'survey' }
# checks = [
#     '(lambda out: list(out.columns) == ["a", "b", "missingindicator_a"] and np.allclose(out["a"], [1.0, 3.0, 3.0, 5.0]) and out["missingindicator_a"].tolist() == [0, 0, 1, 0])(impute_with_flags(pd.DataFrame({"a": [1.0, 3.0, np.nan, 5.0], "b": [2.0, 2.0, 4.0, 9.0]})))',
#     # median, not mean: 1, 2 and 10 give 2
#     '(lambda out: list(out.columns) == ["x", "y", "missingindicator_x", "missingindicator_y"] and np.allclose(out[["x", "y"]], [[2.0, 5.0], [1.0, 5.0], [10.0, 5.0], [2.0, 5.0]]) and list(out.index) == [7, 8, 9, 10])(impute_with_flags(pd.DataFrame({"x": [np.nan, 1.0, 10.0, 2.0], "y": [5.0, np.nan, np.nan, 5.0]}, index=[7, 8, 9, 10])))',
#     # a column without any observed value keeps its place, filled with 0
#     '(lambda out: list(out.columns) == ["u", "v", "missingindicator_u"] and np.allclose(out[["u", "v"]], [[0.0, 1.0], [0.0, 3.0]]) and out["missingindicator_u"].tolist() == [1, 1])(impute_with_flags(pd.DataFrame({"u": [np.nan, np.nan], "v": [1.0, 3.0]})))',
#     '(lambda out: list(out.columns) == ["p", "q"] and np.allclose(out, [[1.0, 2.0], [3.0, 4.0]]))(impute_with_flags(pd.DataFrame({"p": [1.0, 3.0], "q": [2.0, 4.0]})))',
#     '(lambda gaps: list(imputed.columns) == list(survey.columns) + [f"missingindicator_{c}" for c in gaps] and np.allclose(imputed[list(survey.columns)], survey.fillna(survey.median()).fillna(0)) and imputed.index.equals(survey.index))([c for c in survey.columns if survey[c].isna().any()])',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'imputation', 'missing-data']
# edge_cases = true
# ///
import pandas as pd
from sklearn.impute import SimpleImputer


def impute_with_flags(df):
    """Median-impute the numeric DataFrame df and flag what was missing.

    Returns a new DataFrame: the original columns with NaN replaced by
    the column median, followed by one 0/1 column "missingindicator_<col>"
    for each column that had at least one NaN (in the original order).
    A column with no observed value at all is filled with 0. The index
    of df is kept.
    """
    # add_indicator appends a MissingIndicator block for the columns that had NaN during fit
    imputer = SimpleImputer(strategy="median", add_indicator=True, keep_empty_features=True)
    values = imputer.fit_transform(df)
    return pd.DataFrame(values, columns=imputer.get_feature_names_out(), index=df.index)


imputed = impute_with_flags(survey)
