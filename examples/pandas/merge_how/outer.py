# /// example
# task = """
# Count the patients per `site` of `trial` into `counts` (columns `site`, `n_patients`), then \
# combine it with a lookup table `site_info` that lists the sites `north` and `west` using \
# `merge(how="outer")`; store the result in `joined`."""
# prompt = """
# After counting patients per `site` of `trial` into `counts` (columns `site`, `n_patients`), \
# combine it with a lookup table `site_info` that lists the sites "north" and "west" with a \
# `region` column ("highland", "valley") as an outer join, keeping every site from either table. \
# Store the result in `joined`."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { trial = 'trial' }
# checks = [
#     'set(joined["site"]) == set(trial["site"]) | {"north", "west"}',
#     'len(joined) == len(set(trial["site"]) | {"north", "west"})',
#     'joined["n_patients"].isna().sum() == len({"north", "west"} - set(trial["site"]))',
# ]
# difficulty = 'basic'
# tags = ['merging', 'parameter-choice']
# family = 'pandas.merge_how'
# edge_cases = true
# ///
import pandas as pd

counts = trial.groupby("site", observed=True).size().rename("n_patients").reset_index()
site_info = pd.DataFrame({"site": ["north", "west"], "region": ["highland", "valley"]})
# how="outer" keeps the sites of both tables; a site only in site_info gets NaN for n_patients
joined = counts.merge(site_info, on="site", how="outer")
