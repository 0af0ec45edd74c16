# /// example
# task = """
# Prepare the numeric table `survey` (columns `income`, `age`, `score`, `hours`, with gaps) for \
# a report in `report`: `income` and `score` rounded to 2 decimals, `age` and `hours` rounded to \
# whole numbers and stored as the nullable integer dtype `Int64` (missing values kept as \
# `<NA>`); any other column unchanged. Use one `round` with a dict and one `astype` with a \
# dict."""
# prompt = """
# My `survey` table (`income`, `age`, `score`, `hours`) has too many decimals for the report. I \
# want `report` with `income` and `score` at 2 decimals and `age` and `hours` as whole numbers \
# in the nullable `Int64` type so the gaps stay `<NA>`. Can I do it with a dict for `round` and a \
# dict for `astype`? Leave any other column alone."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { survey = 'survey' }
# checks = [
#     'str(report["age"].dtype) == "Int64" and str(report["hours"].dtype) == "Int64"',
#     'report["age"].isna().tolist() == survey["age"].isna().tolist() and np.array_equal(report["age"].dropna().to_numpy(dtype="int64"), np.round(survey["age"].dropna().to_numpy()).astype("int64"))',
#     'np.array_equal(report["hours"].dropna().to_numpy(dtype="int64"), np.round(survey["hours"].dropna().to_numpy()).astype("int64"))',
#     'np.allclose(report[["income", "score"]].to_numpy(dtype=float), np.round(survey[["income", "score"]].to_numpy(dtype=float), 2), equal_nan=True)',
#     'list(report.columns) == list(survey.columns) and all(np.allclose(report[c].to_numpy(dtype=float), survey[c].to_numpy(dtype=float), equal_nan=True) for c in survey.columns if c not in ("income", "age", "score", "hours"))',
# ]
# difficulty = 'basic'
# tags = ['data-types', 'missing-data']
# edge_cases = true
# ///
# round with a dict uses a different number of decimals per column and leaves the others alone
report = survey.round({"income": 2, "score": 2, "age": 0, "hours": 0}).astype(
    {"age": "Int64", "hours": "Int64"}
)
