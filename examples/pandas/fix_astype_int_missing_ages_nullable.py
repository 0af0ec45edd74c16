# /// example
# task = """
# This code should store the `age` column of `survey` rounded to whole years as integers in \
# `age_years` (missing ages staying missing), but it raises an error:
#
# ```python
# age_years = survey["age"].round().astype(int)
# ```
#
# ```text
# IntCastingNaNError: Cannot convert non-finite values (NA or inf) to integer. Replace or remove non-finite values or cast to an integer type that supports these values (e.g. 'Int64')
# ```
#
# Fix it so that `age_years` has an integer dtype, the same index as `survey`, and missing \
# values where `age` is missing."""
# prompt = """
# I want the ages in my `survey` table as whole numbers in `age_years` (rounded), but some ages \
# are missing and should stay missing. This
#
# ```python
# age_years = survey["age"].round().astype(int)
# ```
#
# blows up with
#
# ```text
# IntCastingNaNError: Cannot convert non-finite values (NA or inf) to integer. Replace or remove non-finite values or cast to an integer type that supports these values (e.g. 'Int64')
# ```
#
# How can I keep integers and the gaps?"""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { survey = 'survey' }
# checks = [
#     'pd.api.types.is_integer_dtype(age_years.dtype) and age_years.index.equals(survey.index)',
#     'age_years.isna().tolist() == survey["age"].isna().tolist()',
#     'np.array_equal(age_years.dropna().to_numpy(dtype="int64"), np.round(survey["age"].dropna().to_numpy()).astype("int64"))',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'data-types', 'missing-data']
# edge_cases = true
# ///
# plain int has no missing value; the nullable "Int64" dtype keeps the gaps as <NA>
age_years = survey["age"].round().astype("Int64")
