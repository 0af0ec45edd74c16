# /// example
# task = """
# The survey table `survey` has one row per respondent: `respondent`, answers `q1`..`q5` on an \
# ordered 1-5 Likert scale (ordered categorical) and `group` (categorical "staff"/"student"). \
# Compute the share of respondents who agree (answer 4 or 5) with each question within each \
# group: store it in `agree_share`, a DataFrame with one row per group category ("staff", \
# "student", in that order, NaN for a group without respondents) and columns `q1`, `q2`, `q3`, \
# `q4`, `q5`, values between 0 and 1."""
# prompt = """
# From my Likert survey `survey` (columns `respondent`, `q1` to `q5` answered 1-5 as an ordered \
# categorical, and `group` being "staff" or "student") I need the top-2-box score: for every \
# question, the fraction of each group answering 4 or 5. Please give me `agree_share` with the \
# groups "staff" and "student" as rows in that order (NaN if a group has nobody) and `q1`, `q2`, \
# `q3`, `q4`, `q5` as columns, as fractions between 0 and 1."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { survey = 'likert' }
# checks = [
#     "list(agree_share.index) == ['staff', 'student']",
#     "list(agree_share.columns) == ['q1', 'q2', 'q3', 'q4', 'q5']",
#     # plain Python over the rows of each group
#     "all(np.isclose(agree_share.loc[g, q], np.mean([int(a) >= 4 for a, grp in zip(survey[q], survey['group']) if grp == g]), equal_nan=True) if (survey['group'] == g).any() else np.isnan(agree_share.loc[g, q]) for g in ('staff', 'student') for q in ('q1', 'q2', 'q3', 'q4', 'q5'))",
# ]
# difficulty = 'basic'
# tags = ['groupby', 'aggregation', 'categorical', 'counting']
# edge_cases = true
# ///
questions = ["q1", "q2", "q3", "q4", "q5"]
# ordered categoricals compare by the scale's order: ">= 4" is "agree" or "strongly agree"
agrees = survey[questions] >= 4
# observed=False keeps a group with no respondents (its share is NaN)
agree_share = agrees.groupby(survey["group"], observed=False).mean()
