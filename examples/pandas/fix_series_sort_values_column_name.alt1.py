site_means = df.groupby("site", observed=True)[["response"]].mean()
ranked = site_means.sort_values("response", ascending=False)["response"]
