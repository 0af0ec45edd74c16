site_means = df.groupby("site", observed=True)["response"].mean()
df["site_mean"] = (
    df[["site"]]
    .merge(site_means, left_on="site", right_index=True, how="left")["response"]
    .to_numpy()
)
