# /// example
# task = """
# Compute the share of patients at each `site` of `trial` with `value_counts(normalize=True)`; \
# store the Series (largest share first) in `site_share`."""
# prompt = """
# What share of the patients in `trial` is at each `site`? Store the fractions (summing to 1, \
# largest share first) as a Series in `site_share`."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { trial = 'trial' }
# checks = [
#     'np.isclose(site_share.sum(), 1)',
#     'all(np.isclose(site_share[s], (trial["site"] == s).mean()) for s in site_share.index)',
#     'site_share.is_monotonic_decreasing',
# ]
# difficulty = 'basic'
# tags = ['counting']
# edge_cases = true
# ///
site_share = trial["site"].value_counts(normalize=True)
