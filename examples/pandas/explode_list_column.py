# /// example
# task = """
# Collect the ages of each `site` of `trial` into one list per site (`agg(list)`) as \
# `ages_by_site`, then flatten it back to one row per patient with `explode` into `ages_long`, \
# converting the exploded values back to integers."""
# prompt = """
# Collect the ages of each `site` in `trial` into one list per site (a Series indexed by site) \
# called `ages_by_site`, then flatten it back to one row per patient in `ages_long` (still \
# indexed by site), converting the exploded values back to integers."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { trial = 'trial' }
# checks = [
#     'len(ages_long) == len(trial)',
#     'ages_long.sum() == trial["age"].sum()',
#     'ages_long.dtype.kind == "i"',
#     'all(sorted(ages_long.loc[[s]]) == sorted(trial.loc[trial["site"] == s, "age"]) for s in ages_by_site.index)',
# ]
# difficulty = 'intermediate'
# tags = ['nested-data', 'groupby', 'reshaping']
# edge_cases = true
# ///
ages_by_site = trial.groupby("site", observed=True)["age"].agg(list)
# explode returns object values (the lists' elements), so astype(int) restores an integer dtype
ages_long = ages_by_site.explode().astype(int)
