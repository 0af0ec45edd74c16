# /// example
# task = """
# Sort `survey` by how far `score` lies from its median, closest first, with \
# `sort_values(key=...)`; rows with a missing `score` go last. Store the sorted frame in \
# `by_typicality`."""
# prompt = """
# Sort `survey` by how far each `score` lies from the median score, closest first, using a sort \
# key rather than a helper column; rows with a missing `score` go last. Store the sorted frame in \
# `by_typicality`."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { survey = 'survey' }
# checks = [
#     '(by_typicality["score"] - survey["score"].median()).abs().dropna().is_monotonic_increasing',
#     'list(by_typicality["score"].isna()) == sorted(survey["score"].isna())',
#     'sorted(by_typicality.index) == sorted(survey.index)',
# ]
# difficulty = 'intermediate'
# tags = ['sorting', 'missing-data']
# [edge_cases]
# nan = true
# why = 'survey has missing values, so the generated frames carry them too'
# ///
median_score = survey["score"].median()
# key transforms the whole score column only for ordering; the sorted values are unchanged
by_typicality = survey.sort_values(
    "score", key=lambda s: (s - median_score).abs(), na_position="last"
)
