# /// example
# task = """
# Keep only the rows of `trial` whose `site` has at least 35 patients, using \
# `groupby(...).filter`; store the remaining rows in `large_sites`."""
# prompt = """
# Keep only the rows of `trial` whose `site` has at least 35 patients, as a group-wise filter \
# that preserves the original rows and index, and store them in `large_sites`."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { trial = 'trial' }
# checks = [
#     'set(large_sites["site"]) == {s for s, n in trial["site"].value_counts().items() if n >= 35}',
#     'len(large_sites) == sum(n for n in trial["site"].value_counts() if n >= 35)',
#     'large_sites.index.isin(trial.index).all()',
# ]
# difficulty = 'intermediate'
# tags = ['groupby', 'row-selection']
# edge_cases = true
# ///
large_sites = trial.groupby("site", observed=True).filter(lambda group: len(group) >= 35)
