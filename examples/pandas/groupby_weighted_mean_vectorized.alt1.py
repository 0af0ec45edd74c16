complete = trial.dropna(subset=["dose", "response"])
totals = (
    complete.assign(weighted=complete["dose"] * complete["response"])
    .groupby("site", observed=True)[["weighted", "dose"]]
    .sum()
)
weighted_response = totals["weighted"] / totals["dose"]
