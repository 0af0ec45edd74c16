cols = ["q1", "q2", "q3", "q4", "q5"]
numeric = survey.astype(dict.fromkeys(cols, "int64"))
means = numeric.groupby("group", observed=True)[cols].mean()
