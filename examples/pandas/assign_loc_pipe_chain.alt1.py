def add_rank(df, column):
    """Rank `column` from the top: the largest value gets rank 1."""
    return df.assign(response_rank=df[column].rank(ascending=False, method="min"))


ranked = (
    trial.assign(dose_per_year=lambda frame: frame["dose"] / frame["age"])
    .loc[lambda frame: frame["dose"] > 0]
    .pipe(add_rank, column="response")
    .sort_values("response_rank")
)
