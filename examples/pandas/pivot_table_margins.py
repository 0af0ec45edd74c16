# /// example
# task = """
# Build a pivot table `pivot` of the mean `score` in the repeated-measures table `rm_long` with \
# `condition` as rows and `time` as columns, including overall margins labelled `All` \
# (`margins=True`)."""
# prompt = """
# Make a pivot table `pivot` of the mean `score` in my long-format table `rm_long` with \
# `condition` as rows and `time` as columns, including the overall margins labelled "All"."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { rm_long = 'rm_long' }
# checks = [
#     '"All" in pivot.index and "All" in pivot.columns',
#     'np.isclose(pivot.loc["All", "All"], rm_long["score"].mean())',
#     'len(pivot) == rm_long["condition"].nunique() + 1',
#     'all(np.isclose(pivot.loc[c, "All"], rm_long.loc[rm_long["condition"] == c, "score"].mean()) for c in pivot.index.drop("All"))',
#     'all(np.isclose(pivot.loc["All", t], rm_long.loc[rm_long["time"] == t, "score"].mean()) for t in pivot.columns.drop("All"))',
# ]
# difficulty = 'intermediate'
# tags = ['aggregation', 'reshaping']
# edge_cases = true
# ///
pivot = rm_long.pivot_table(
    index="condition",
    columns="time",
    values="score",
    aggfunc="mean",
    # the All margins are means of the raw scores, not means of the cell means
    margins=True,
    observed=True,
)
