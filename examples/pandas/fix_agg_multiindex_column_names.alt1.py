stats = df.groupby("site", observed=True).agg({"response": ["mean", "std"]})
stats.columns = ["_".join(pair) for pair in stats.columns]
stats["cv"] = stats["response_std"] / stats["response_mean"]
