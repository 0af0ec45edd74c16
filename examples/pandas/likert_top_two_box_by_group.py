# /// example
# task = """
# For the survey `likert` (answers `q1`..`q5` on 1-5, respondent `group` staff/student), compute \
# the "top-2-box" share: the fraction of a group's respondents answering 4 or 5 to a question. \
# Melt the questions to long form and store in `top2` a table with one row per `group` and one \
# column per question (`q1`, `q2`, `q3`, `q4`, `q5`)."""
# prompt = """
# What share of staff and of students agreed (answer 4 or 5) with each question `q1`, `q2`, `q3`, `q4`, `q5` of \
# my `likert` survey? Please go via a long table and give me `top2`, groups as rows and the \
# questions as columns."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { likert = 'likert' }
# checks = [
#     'list(top2.columns) == ["q1", "q2", "q3", "q4", "q5"] and sorted(str(g) for g in top2.index) == sorted(str(g) for g in likert["group"].unique())',
#     # the boundary answer 4 counts as agreement, 3 does not
#     'all(np.isclose(top2.loc[g, q], (likert.loc[likert["group"] == g, q].astype(int) >= 4).mean()) for g in likert["group"].unique() for q in ["q1", "q2", "q3", "q4", "q5"])',
# ]
# difficulty = 'intermediate'
# tags = ['reshaping', 'groupby', 'categorical']
# edge_cases = true
# ///
questions = ["q1", "q2", "q3", "q4", "q5"]
long = likert.melt(id_vars="group", value_vars=questions, var_name="question", value_name="answer")
long["agrees"] = long["answer"].astype(int) >= 4
# observed=True: only groups that occur become rows
top2 = long.groupby(["group", "question"], observed=True)["agrees"].mean().unstack("question")
