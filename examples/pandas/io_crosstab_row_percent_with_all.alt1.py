import pandas as pd

survey = pd.DataFrame(
    {
        "age_group": ["18-34", "18-34", "35-54", "35-54", "35-54", "55+", "55+", "18-34"],
        "answer": ["yes", "no", "yes", "yes", "no", "no", "no", "yes"],
    }
)
counts = survey.groupby(["age_group", "answer"]).size().unstack(fill_value=0)
counts.loc["All"] = counts.sum()
shares = counts.div(counts.sum(axis=1), axis=0).mul(100).round(1)
