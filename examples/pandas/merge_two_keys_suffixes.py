# /// example
# task = """
# Compare the first and second half of the patients in `trial`: compute the mean `response` per \
# (`site`, `treatment`) for each half (`first_half`, `second_half` by row position), then merge \
# them on both keys with `suffixes=("_first", "_second")` (inner join) into `halves`, adding a \
# column `change` = second minus first."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { trial = 'trial' }
# checks = [
#     '{"site", "treatment", "response_first", "response_second", "change"} <= set(halves.columns)',
#     'np.allclose(halves["change"], halves["response_second"] - halves["response_first"])',
#     'len(halves) == len(set(zip(trial["site"].iloc[: len(trial) // 2], trial["treatment"].iloc[: len(trial) // 2])) & set(zip(trial["site"].iloc[len(trial) // 2 :], trial["treatment"].iloc[len(trial) // 2 :])))',
# ]
# difficulty = 'intermediate'
# tags = ['merge', 'groupby']
# edge_cases = true
# ///
middle = len(trial) // 2
keys = ["site", "treatment"]
first_half = trial.iloc[:middle].groupby(keys, observed=True, as_index=False)["response"].mean()
second_half = trial.iloc[middle:].groupby(keys, observed=True, as_index=False)["response"].mean()
halves = first_half.merge(second_half, on=keys, suffixes=("_first", "_second"))
halves["change"] = halves["response_second"] - halves["response_first"]
