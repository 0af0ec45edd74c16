ordered = rm_long.reset_index(drop=True).sort_values("time", kind="stable")
by_group = ordered.groupby(["subject", "condition"], observed=True)["score"]
# running mean = running total / number of scores so far
ordered["running_mean"] = by_group.cumsum() / (by_group.cumcount() + 1)
scored = ordered.sort_index()
