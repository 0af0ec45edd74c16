stats_table = trial.groupby("treatment", observed=True)[["dose", "response"]].agg(
    ["mean", "std", "count"]
)
# ("response", "mean") -> "response_mean"
stats_table.columns = stats_table.columns.map(lambda pair: f"{pair[0]}_{pair[1]}")
