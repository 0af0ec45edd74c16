# /// example
# task = """
# Clean `survey`: drop the rows whose `income` is missing, then drop rows with fewer than 3 \
# non-missing values (`thresh=3`); store the result in `clean`."""
# prompt = """
# Clean up `survey`: first drop the rows whose `income` is missing, then drop any rows with fewer \
# than 3 non-missing values, and store what's left in `clean`."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { survey = 'survey' }
# checks = [
#     'clean["income"].notna().all()',
#     '(clean.notna().sum(axis=1) >= 3).all()',
#     'len(clean) == (survey["income"].notna() & (survey.notna().sum(axis=1) >= 3)).sum()',
#     'clean.index.isin(survey.index).all()',
# ]
# difficulty = 'basic'
# tags = ['missing-data']
# [edge_cases]
# nan = true
# why = 'survey has missing values, so the generated frames carry them too'
# ///
# thresh is the minimum number of non-missing values a row needs, not a maximum number of gaps
clean = survey.dropna(subset=["income"]).dropna(thresh=3)
