answered = survey.dropna(subset=["group", "q1"])
shares = (
    answered.groupby("group", observed=True)["q1"]
    .value_counts(normalize=True)
    .unstack(fill_value=0.0)
)
shares = shares.loc[:, shares.sum() > 0]
