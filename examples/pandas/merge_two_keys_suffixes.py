# /// example
# task = """
# Compare the first and second half of the patients in `trial` (by row position: the first \
# len(trial) // 2 rows, then the rest): compute the mean `response` per (`site`, `treatment`) \
# cell present in each half (`first_half`, `second_half`), then merge them on both keys with \
# `suffixes=("_first", "_second")` (inner join) into `halves`, adding a column `change` = second \
# minus first."""
# prompt = """
# Compare the first and second half of the patients in `trial` by row position (the first half \
# being the first len(trial) // 2 rows, the second half the rest): compute the mean `response` \
# per (`site`, `treatment`) cell for each half, only for cells that actually occur in that half \
# (`first_half`, `second_half`), then inner-merge them on both keys with the suffixes "_first" \
# and "_second" into `halves`, adding a column `change` = second minus first."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { trial = 'trial' }
# checks = [
#     '{"site", "treatment", "response_first", "response_second", "change"} <= set(halves.columns)',
#     'np.allclose(halves["change"], halves["response_second"] - halves["response_first"])',
#     'len(halves) == len(set(zip(trial["site"].iloc[: len(trial) // 2], trial["treatment"].iloc[: len(trial) // 2])) & set(zip(trial["site"].iloc[len(trial) // 2 :], trial["treatment"].iloc[len(trial) // 2 :])))',
#     # every merged row holds the mean response of its (site, treatment) cell in each half
#     '(lambda f, s: all((r.site, r.treatment) in f.index and (r.site, r.treatment) in s.index and np.isclose(r.response_first, f[(r.site, r.treatment)], equal_nan=True) and np.isclose(r.response_second, s[(r.site, r.treatment)], equal_nan=True) for r in halves.itertuples()))(trial.iloc[: len(trial) // 2].groupby(["site", "treatment"], observed=True)["response"].mean(), trial.iloc[len(trial) // 2 :].groupby(["site", "treatment"], observed=True)["response"].mean())',
#     # one entry per (site, treatment) cell that occurs in the half, none for empty cells
#     'len(first_half) == len(trial.iloc[: len(trial) // 2][["site", "treatment"]].drop_duplicates()) and len(second_half) == len(trial.iloc[len(trial) // 2 :][["site", "treatment"]].drop_duplicates())',
# ]
# difficulty = 'intermediate'
# tags = ['merging', 'groupby']
# edge_cases = true
# ///
middle = len(trial) // 2
keys = ["site", "treatment"]
first_half = trial.iloc[:middle].groupby(keys, observed=True, as_index=False)["response"].mean()
second_half = trial.iloc[middle:].groupby(keys, observed=True, as_index=False)["response"].mean()
# both halves have a response column; suffixes names them instead of the default _x and _y
halves = first_half.merge(second_half, on=keys, suffixes=("_first", "_second"))
halves["change"] = halves["response_second"] - halves["response_first"]
