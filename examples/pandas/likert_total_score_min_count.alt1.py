import pandas as pd


def complete_total(answers):
    values = answers.astype(float).to_numpy()
    # a NumPy sum is NaN as soon as one answer in the row is NaN
    return pd.Series(values.sum(axis=1), index=answers.index)


total_score = complete_total(likert[["q1", "q2", "q3", "q4", "q5"]])
