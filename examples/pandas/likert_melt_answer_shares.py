# /// example
# task = """
# For the survey table `likert` (answers to `q1`, `q2`, `q3`, `q4`, `q5` on a 1-5 scale, plus `respondent` and \
# `group`), melt the five question columns into long form and build `answer_share`: one row per \
# question (`q1` ... `q5`), one column per answer 1, 2, 3, 4, 5 (all five, even if nobody chose one), each \
# cell the share of that question's answers, so every row sums to 1."""
# prompt = """
# I want to see how answers are spread for each question of my `likert` survey (`q1`, `q2`, `q3`, `q4`, `q5`, \
# answers 1, 2, 3, 4, 5): a table `answer_share` with the questions as rows and the answers 1 to 5 as \
# columns, always all five columns, holding the fraction of respondents giving each answer \
# (rows adding up to 1). Go through a long (melted) table."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { likert = 'likert' }
# checks = [
#     'list(answer_share.index) == ["q1", "q2", "q3", "q4", "q5"] and [int(answer) for answer in answer_share.columns] == [1, 2, 3, 4, 5]',
#     'np.allclose(answer_share.to_numpy(dtype=float).sum(axis=1), 1.0)',
#     'all(np.isclose(answer_share.loc[q].iloc[k], (likert[q].astype(int) == k + 1).mean()) for q in ["q1", "q2", "q3", "q4", "q5"] for k in range(5))',
# ]
# difficulty = 'intermediate'
# tags = ['reshaping', 'counting', 'categorical']
# edge_cases = true
# ///
import pandas as pd

questions = ["q1", "q2", "q3", "q4", "q5"]
long = likert.melt(
    id_vars="respondent", value_vars=questions, var_name="question", value_name="answer"
)
# categorical answers keep all five levels, so unused answers still get a column of zeros
long["answer"] = pd.Categorical(long["answer"].astype(int), categories=[1, 2, 3, 4, 5])
answer_share = pd.crosstab(long["question"], long["answer"], normalize="index", dropna=False)
