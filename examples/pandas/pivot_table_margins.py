# /// example
# task = """
# Build a pivot table `pivot` of the mean `response` in `trial` with `site` as rows and \
# `treatment` as columns, including overall margins labelled `All` (`margins=True`)."""
# prompt = """
# Make a pivot table `pivot` of the mean `response` in `trial` with `site` as rows and \
# `treatment` as columns, including the overall margins labelled "All"."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { trial = 'trial' }
# checks = [
#     '"All" in pivot.index and "All" in pivot.columns',
#     'np.isclose(pivot.loc["All", "All"], trial["response"].mean())',
#     'len(pivot) == trial["site"].nunique() + 1',
#     'all(np.isclose(pivot.loc[s, "All"], trial.loc[trial["site"] == s, "response"].mean()) for s in pivot.index.drop("All"))',
# ]
# difficulty = 'intermediate'
# tags = ['aggregation', 'reshaping']
# edge_cases = true
# ///
pivot = trial.pivot_table(
    index="site",
    columns="treatment",
    values="response",
    aggfunc="mean",
    margins=True,
    observed=True,
)
