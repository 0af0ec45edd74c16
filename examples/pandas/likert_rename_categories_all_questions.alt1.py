import pandas as pd

words = ["strongly disagree", "disagree", "neutral", "agree", "strongly agree"]
labelled = likert.copy()
for question in ["q1", "q2", "q3", "q4", "q5"]:
    codes = likert[question].cat.codes.to_numpy()
    labelled[question] = pd.Categorical.from_codes(
        codes, dtype=pd.CategoricalDtype(words, ordered=True)
    )
