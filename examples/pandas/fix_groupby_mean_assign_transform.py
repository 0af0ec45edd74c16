# /// example
# task = """
# This code should add to the trial table `df` a column `site_mean` holding, on every row, the \
# mean `response` of that row's `site`:
#
# ```python
# df["site_mean"] = df.groupby("site", observed=True)["response"].mean()
# ```
#
# It runs, but `df["site_mean"]` is NaN on every row. Fix it."""
# prompt = """
# I want each row of my trial table `df` to carry the average `response` of its `site`, in a new \
# column `site_mean`, so I can compare patients with their site. I did
#
# ```python
# df["site_mean"] = df.groupby("site", observed=True)["response"].mean()
# ```
#
# but the new column is NaN everywhere. Why?"""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { df = 'trial_missing' }
# checks = [
#     'np.allclose(df["site_mean"].to_numpy(dtype=float), [df.loc[df["site"] == site, "response"].mean() for site in df["site"]], equal_nan=True)',
#     # one value per site, on every row of the site
#     'df["site_mean"].groupby(df["site"], observed=True).nunique(dropna=False).le(1).all()',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'groupby', 'index-alignment', 'derived-columns']
# edge_cases = true
# ///
# mean() gives one value per site, indexed by site, which matches no row label;
# transform returns the group mean on every row of df instead
df["site_mean"] = df.groupby("site", observed=True)["response"].transform("mean")
