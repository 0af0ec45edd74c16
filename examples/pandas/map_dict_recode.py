# /// example
# task = """
# Recode the answers to question `q1` of the survey `likert` into opinions with `Series.map` and \
# the dict `{1: "disagree", 2: "disagree", 4: "agree", 5: "agree"}`; answers missing from the \
# dict (the neutral 3, or no answer) become NaN, which you then label `"other"`; store the Series \
# in `opinion`."""
# prompt = """
# Recode the answers to question `q1` of my Likert survey `likert` into opinions using the \
# mapping {1: "disagree", 2: "disagree", 4: "agree", 5: "agree"}; answers not in the mapping (the \
# neutral 3, or no answer) come out as NaN and should then be labelled "other". Store the Series \
# in `opinion`."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { likert = 'likert' }
# checks = [
#     'opinion.index.equals(likert.index)',
#     '(opinion[likert["q1"].isin([4, 5])] == "agree").all()',
#     '(opinion[likert["q1"].isin([1, 2])] == "disagree").all()',
#     '(opinion == "other").sum() == (~likert["q1"].isin([1, 2, 4, 5])).sum()',
# ]
# difficulty = 'basic'
# tags = ['recoding', 'missing-data']
# edge_cases = true
# ///
answer_to_opinion = {1: "disagree", 2: "disagree", 4: "agree", 5: "agree"}
# plain integers first, so that the result is not limited to the Likert categories
opinion = likert["q1"].astype("Int64").map(answer_to_opinion).fillna("other")
