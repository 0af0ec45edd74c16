table = df.groupby(["site", "treatment"], observed=True)["response"].mean().unstack()
