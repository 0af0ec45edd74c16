# /// example
# task = '''
# Write a function `add_ratio` with the signature and docstring below, then add the column
# `income_per_hour` (`income` divided by `hours`) to the survey table `survey` and store the
# result in `survey_rates`.
#
# ```python
# def add_ratio(df, numerator, denominator, name):
#     """Return a copy of df with a float column `name` = numerator / denominator.
#
#     Where the denominator is 0 or missing, or the numerator is missing, the
#     ratio is NaN, never inf. The new column is appended last; df itself is
#     not modified.
#     """
# ```'''
# prompt = """
# Dividing one column by another keeps giving me inf where the denominator is 0. Please write \
# `add_ratio(df, numerator, denominator, name)` that returns a copy of `df` with a float column \
# `name` appended, holding numerator / denominator, but NaN (never inf) where the denominator is \
# 0 or missing or the numerator is missing, without modifying `df`. Then add `income_per_hour` \
# (`income` / `hours`) to my `survey` table as `survey_rates`."""
# task_type = 'function'
# domain = 'data_processing'
# libraries = ['pandas', 'numpy']
# inputs = { survey = 'survey' }
# checks = [
#     'np.allclose(add_ratio(pd.DataFrame({"a": [1.0, 2.0, 3.0, np.nan], "b": [2.0, 0.0, np.nan, 4.0]}), "a", "b", "r")["r"], [0.5, np.nan, np.nan, np.nan], equal_nan=True)',
#     'add_ratio(pd.DataFrame({"hits": [3, 0, 5], "tries": [4, 0, -0.0]}, index=[9, 8, 7]), "hits", "tries", "rate")["rate"].isna().to_dict() == {9: False, 8: True, 7: True}',
#     'list(add_ratio(pd.DataFrame({"x": [6], "y": [3], "z": ["k"]}), "x", "y", "x_per_y").columns) == ["x", "y", "z", "x_per_y"] and add_ratio(pd.DataFrame({"x": [6], "y": [3], "z": ["k"]}), "x", "y", "x_per_y")["x_per_y"].dtype == np.float64',
#     'list(survey_rates.columns) == list(survey.columns) + ["income_per_hour"] and survey_rates[list(survey.columns)].equals(survey) and "income_per_hour" not in survey.columns',
#     'np.isfinite(survey_rates["income_per_hour"].dropna()).all() and np.allclose(survey_rates["income_per_hour"].to_numpy(), [i / h if h != 0 and not np.isnan(h) and not np.isnan(i) else np.nan for i, h in zip(survey["income"], survey["hours"])], equal_nan=True)',
#     # df itself is not modified: neither a frame with a zero denominator nor the survey table
#     '(lambda df: add_ratio(df, "a", "b", "r") is not df and df.equals(pd.DataFrame({"a": [1, 2], "b": [0, 4]})))(pd.DataFrame({"a": [1, 2], "b": [0, 4]}))',
#     'survey.equals(input_as_given("survey"))',
# ]
# difficulty = 'basic'
# tags = ['reusable-function', 'derived-columns', 'missing-data']
# edge_cases = true
# ///
import numpy as np


def add_ratio(df, numerator, denominator, name):
    """Return a copy of df with a float column `name` = numerator / denominator.

    Where the denominator is 0 or missing, or the numerator is missing, the
    ratio is NaN, never inf. The new column is appended last; df itself is
    not modified.
    """
    top = df[numerator].astype(float)
    bottom = df[denominator].astype(float)
    # dividing by NaN instead of 0 gives NaN rather than inf, with no divide-by-zero warning
    return df.assign(**{name: top / bottom.where(bottom != 0, np.nan)})


survey_rates = add_ratio(survey, "income", "hours", "income_per_hour")
