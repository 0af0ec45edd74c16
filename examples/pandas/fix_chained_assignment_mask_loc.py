# /// example
# task = """
# In a copy `cleaned` of the trial table `df`, `response` should be blanked out (NaN) in every row \
# whose `dose` is missing, all other values unchanged. This code runs but `cleaned` keeps its old \
# responses:
#
# ```python
# import numpy as np
#
# cleaned = df.copy()
# cleaned[cleaned["dose"].isna()]["response"] = np.nan
# ```
#
# Fix it."""
# prompt = """
# Rows of my trial table `df` without a `dose` can't be trusted, so in a copy `cleaned` I want \
# their `response` set to NaN and everything else left as it is. I wrote
#
# ```python
# import numpy as np
#
# cleaned = df.copy()
# cleaned[cleaned["dose"].isna()]["response"] = np.nan
# ```
#
# but afterwards the responses in `cleaned` are all still there. Why doesn't the assignment stick?"""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { df = 'trial_missing' }
# checks = [
#     'cleaned.shape == df.shape and list(cleaned.columns) == list(df.columns)',
#     'bool(cleaned.loc[df["dose"].isna().to_numpy(), "response"].isna().all())',
#     'np.array_equal(cleaned["response"].to_numpy()[df["dose"].notna().to_numpy()], df["response"].to_numpy()[df["dose"].notna().to_numpy()], equal_nan=True)',
#     'cleaned.drop(columns="response").equals(df.drop(columns="response"))',
#     'df.equals(input_as_given("df"))',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'copy-on-write', 'missing-data', 'indexing']
# [edge_cases]
# nan = true
# why = 'the task is about rows whose dose is missing, so the generated tables must be allowed to hold missing values'
# ///
import numpy as np

cleaned = df.copy()
# cleaned[mask]["response"] = ... set values on a temporary copy; one .loc call writes into `cleaned`
cleaned.loc[cleaned["dose"].isna(), "response"] = np.nan
