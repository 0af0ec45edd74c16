# /// example
# task = """
# Build a per-`site` profile of `trial` with `pivot_table` and an aggfunc dict: the median `dose` \
# and both the mean and the maximum `response`; store it in `site_profile` (columns are \
# (variable, statistic) pairs)."""
# prompt = """
# Build a per-`site` profile of `trial` as a pivot table with a different aggregation per column: \
# the median `dose`, and both the mean and the max `response`. Store it in `site_profile`, whose \
# columns are (variable, statistic) pairs such as ("response", "max")."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { trial = 'trial' }
# checks = [
#     'len(site_profile) == trial["site"].nunique()',
#     'set(site_profile.columns) == {("dose", "median"), ("response", "mean"), ("response", "max")}',
#     'np.allclose(site_profile[("response", "max")], [trial.loc[trial["site"] == s, "response"].max() for s in site_profile.index])',
#     'np.allclose(site_profile[("dose", "median")], [trial.loc[trial["site"] == s, "dose"].median() for s in site_profile.index])',
# ]
# difficulty = 'intermediate'
# tags = ['aggregation', 'reshaping']
# edge_cases = true
# ///
site_profile = trial.pivot_table(
    index="site",
    values=["dose", "response"],
    # a list for one column gives a column per statistic, hence the (variable, statistic) pairs
    aggfunc={"dose": "median", "response": ["mean", "max"]},
    observed=True,
)
