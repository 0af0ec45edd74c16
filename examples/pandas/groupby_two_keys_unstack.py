# /// example
# task = """
# Compute the mean `response` for every `site` x `treatment` combination of `trial` and reshape \
# it with `unstack` into `mean_table`: one row per site, one column per treatment."""
# prompt = """
# Compute the mean `response` for every `site` x `treatment` combination in `trial` and reshape \
# it into `mean_table`, with one row per site and one column per treatment."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { trial = 'trial' }
# checks = [
#     'mean_table.shape == (trial["site"].nunique(), trial["treatment"].nunique())',
#     'all(np.isclose(mean_table.loc[s, t], trial.loc[(trial["site"] == s) & (trial["treatment"] == t), "response"].mean(), equal_nan=True) for s in mean_table.index for t in mean_table.columns)',
# ]
# difficulty = 'basic'
# tags = ['groupby', 'reshaping']
# edge_cases = true
# ///
mean_table = (
    trial.groupby(["site", "treatment"], observed=True)["response"].mean().unstack("treatment")
)
