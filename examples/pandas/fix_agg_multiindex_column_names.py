# /// example
# task = """
# This code should summarise `response` per `site` of the trial table `df` in `stats`, with columns \
# `response_mean`, `response_std` and `cv` (the standard deviation divided by the mean), one row \
# per site, but it raises an error:
#
# ```python
# stats = df.groupby("site", observed=True).agg({"response": ["mean", "std"]})
# stats["cv"] = stats["response_std"] / stats["response_mean"]
# ```
#
# ```text
# KeyError: 'response_std'
# ```
#
# Fix it."""
# prompt = """
# Per `site` of my trial table `df` I want the mean and standard deviation of `response` and their \
# ratio, as columns `response_mean`, `response_std` and `cv` of a table `stats`:
#
# ```python
# stats = df.groupby("site", observed=True).agg({"response": ["mean", "std"]})
# stats["cv"] = stats["response_std"] / stats["response_mean"]
# ```
#
# This fails with
#
# ```text
# KeyError: 'response_std'
# ```
#
# although printing `stats` shows response, mean and std. What are the columns really called?"""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { df = 'trial_missing' }
# checks = [
#     'set(stats.index) == set(df["site"])',
#     '{"response_mean", "response_std", "cv"} <= set(stats.columns)',
#     'np.allclose(stats["response_mean"].to_numpy(dtype=float), [df.loc[df["site"] == site, "response"].mean() for site in stats.index], equal_nan=True)',
#     'np.allclose(stats["response_std"].to_numpy(dtype=float), [df.loc[df["site"] == site, "response"].std() for site in stats.index], equal_nan=True)',
#     'np.allclose(stats["cv"].to_numpy(dtype=float), [df.loc[df["site"] == site, "response"].std() / df.loc[df["site"] == site, "response"].mean() for site in stats.index], equal_nan=True)',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'groupby', 'aggregation', 'hierarchical-index']
# edge_cases = true
# ///
# a list of functions gives two-level columns like ("response", "std"); named aggregation
# gives flat column names
stats = df.groupby("site", observed=True).agg(
    response_mean=("response", "mean"), response_std=("response", "std")
)
stats["cv"] = stats["response_std"] / stats["response_mean"]
