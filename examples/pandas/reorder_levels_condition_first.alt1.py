indexed = rm_long.set_index(["subject", "condition", "time"])[["score"]]
# (subject, condition, time) -> (condition, subject, time) -> (condition, time, subject)
by_condition = indexed.swaplevel("subject", "condition").swaplevel("subject", "time").sort_index()
high_t1 = by_condition.xs(("high", 1), level=["condition", "time"])
