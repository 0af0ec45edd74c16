# /// example
# task = """
# Give each respondent of `survey` the percentile rank of their `score` between 0 and 1 \
# (`rank(pct=True)`: the rank divided by the number of scores, tied scores sharing their average \
# rank) in a new column `score_pct`; missing scores stay missing."""
# prompt = """
# Give each respondent in `survey` the percentile rank of their `score` between 0 and 1, i.e. the \
# rank divided by the number of scores with tied scores sharing their average rank, in a new \
# column `score_pct`. Missing scores should stay missing."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { survey = 'survey' }
# checks = [
#     'survey["score_pct"].isna().equals(survey["score"].isna())',
#     'survey["score_pct"].dropna().between(0, 1, inclusive="right").all()',
#     # the average rank of v is (scores below v) + (1 + scores equal to v) / 2
#     'np.allclose(survey["score_pct"].dropna(), [((survey["score"] < v).sum() + ((survey["score"] == v).sum() + 1) / 2) / survey["score"].notna().sum() for v in survey["score"].dropna()])',
#     'survey.sort_values("score")["score_pct"].dropna().is_monotonic_increasing',
# ]
# difficulty = 'basic'
# tags = ['ranking', 'quantiles']
# [edge_cases]
# nan = true
# why = 'survey has missing values, so the generated frames carry them too'
# ///
# pct=True divides each rank by the number of non-missing scores; ties share the average rank
survey["score_pct"] = survey["score"].rank(pct=True)
