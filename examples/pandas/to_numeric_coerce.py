# /// example
# task = """
# Hand-typed values arrive as text: `raw_income` holds the `income` column of `survey` formatted \
# with two decimals (missing values as empty strings) and every tenth entry (positions 0, 10, \
# ...) corrupted to `"n/a"`. Convert it with `pd.to_numeric(errors="coerce")` into `income`, and \
# count the entries that were filled in but could not be parsed in `n_unparseable`."""
# prompt = """
# Hand-typed values arrive as text: build `raw_income` from the `income` column of `survey` \
# formatted with two decimals (missing values as empty strings), with every tenth entry \
# (positions 0, 10, ...) corrupted to "n/a". Convert it to numbers into `income`, turning \
# unparseable entries into NaN rather than raising, and count the entries that were filled in but \
# couldn't be parsed in `n_unparseable`."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { survey = 'survey' }
# checks = [
#     'n_unparseable == len(survey.index[::10])',
#     'income.dtype.kind == "f"',
#     'income.isna().sum() == survey["income"].isna().sum() + survey["income"].iloc[::10].notna().sum()',
#     'np.allclose(income.dropna(), survey["income"].round(2)[income.notna()])',
# ]
# difficulty = 'advanced'
# tags = ['parsing', 'data-types', 'data-cleaning']
# [edge_cases]
# nan = true
# why = 'survey has missing values, so the generated frames carry them too'
# ///
import pandas as pd

# format every value, then blank the missing ones: fillna("") after map(na_action="ignore")
# would meet a float column whenever every income is missing
raw_income = survey["income"].map("{:.2f}".format).where(survey["income"].notna(), "")
raw_income.iloc[::10] = "n/a"
income = pd.to_numeric(raw_income, errors="coerce")
n_unparseable = int((income.isna() & (raw_income != "")).sum())
