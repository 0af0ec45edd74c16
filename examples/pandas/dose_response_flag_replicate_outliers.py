# /// example
# task = """
# Flag suspicious replicates in `dose_response` (`concentration`, `response`): within each \
# concentration, compute each response's z-score against that concentration's mean and sample \
# standard deviation (groupby transform), and mark rows with |z| > 1.1 in a boolean column \
# `suspect` (False where a concentration's responses do not vary). Store the table with the new \
# columns `z` and `suspect` in `flagged`, rows in the original order."""
# prompt = """
# In my `dose_response` data I want to flag replicates that sit far from the other replicates of \
# the same `concentration`: z-score within the concentration (sample SD) as `z`, and `suspect` = \
# |z| > 1.1 (just False when all replicates of a concentration are identical). Keep all rows in \
# order, as `flagged`."""
# domain = 'data_processing'
# libraries = ['pandas', 'numpy']
# inputs = { dose_response = 'dose_response' }
# checks = [
#     'flagged.index.equals(dose_response.index) and np.allclose(flagged["response"].to_numpy(dtype=float), dose_response["response"].to_numpy(dtype=float))',
#     '(lambda c, y, z: all(np.allclose(z[c == level][np.std(y[c == level], ddof=1) > 0], ((y[c == level] - y[c == level].mean()) / np.std(y[c == level], ddof=1))[np.std(y[c == level], ddof=1) > 0]) for level in np.unique(c)))(dose_response["concentration"].to_numpy(), dose_response["response"].to_numpy(dtype=float), flagged["z"].to_numpy(dtype=float))',
#     # with three replicates |z| can reach about 1.15, so 1.1 separates a lone outlier from the pack
#     'list(np.asarray(flagged["suspect"], dtype=bool)) == [bool(abs(z) > 1.1) if not np.isnan(z) else False for z in flagged["z"].to_numpy(dtype=float)]',
# ]
# difficulty = 'intermediate'
# tags = ['groupby', 'outliers', 'standardization']
# edge_cases = true
# ///
by_level = dose_response.groupby("concentration")["response"]
# transform broadcasts each concentration's mean and SD back onto its own rows
z = (dose_response["response"] - by_level.transform("mean")) / by_level.transform("std")
flagged = dose_response.assign(z=z, suspect=z.abs() > 1.1)
