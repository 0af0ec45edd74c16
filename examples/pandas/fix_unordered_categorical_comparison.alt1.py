engaged = events["event"].isin(["click", "purchase"])
