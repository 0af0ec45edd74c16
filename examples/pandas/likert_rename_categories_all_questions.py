# /// example
# task = """
# In the survey table `likert`, the answer columns `q1` ... `q5` are ordered categoricals with \
# categories 1-5. Build `labelled`, a copy of `likert` in which every question column has its \
# categories renamed to the words `strongly disagree`, `disagree`, `neutral`, `agree`, \
# `strongly agree` (for 1 ... 5), still ordered in that order; the other columns stay as they \
# are and `likert` itself is unchanged."""
# prompt = """
# For the report tables I want my Likert answers (`q1` to `q5` in `likert`, ordered categories \
# 1-5) shown as words: 1 `strongly disagree`, 2 `disagree`, 3 `neutral`, 4 `agree`, 5 \
# `strongly agree`. Give me a copy `labelled` where all five question columns carry those labels \
# as ordered categories (same order), everything else untouched, and `likert` left as it is."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { likert = 'likert' }
# checks = [
#     'all(isinstance(labelled[q].dtype, pd.CategoricalDtype) and labelled[q].cat.ordered and list(labelled[q].cat.categories) == ["strongly disagree", "disagree", "neutral", "agree", "strongly agree"] for q in ["q1", "q2", "q3", "q4", "q5"])',
#     'all([None if pd.isna(v) else v for v in labelled[q]] == [None if pd.isna(a) else ["strongly disagree", "disagree", "neutral", "agree", "strongly agree"][int(a) - 1] for a in likert[q]] for q in ["q1", "q2", "q3", "q4", "q5"])',
#     'likert.equals(input_as_given("likert")) and list(labelled.columns) == list(likert.columns)',
#     'labelled["respondent"].tolist() == likert["respondent"].tolist() and labelled["group"].astype(str).tolist() == likert["group"].astype(str).tolist()',
# ]
# difficulty = 'basic'
# tags = ['categorical', 'recoding']
# edge_cases = true
# ///
answer_labels = {
    1: "strongly disagree",
    2: "disagree",
    3: "neutral",
    4: "agree",
    5: "strongly agree",
}
question_columns = likert.filter(regex=r"^q\d+$").columns

labelled = likert.copy()
# rename_categories relabels the categories (and with them every value), keeping their order
labelled[question_columns] = labelled[question_columns].apply(
    lambda answers: answers.cat.rename_categories(answer_labels)
)
