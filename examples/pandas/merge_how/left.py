# /// example
# task = """
# Count the patients per `site` of `trial` into `counts` (columns `site`, `n_patients`), then \
# combine it with a lookup table `site_info` that lists the sites `north` and `west` using \
# `merge(how="left")`; store the result in `joined`."""
# prompt = """
# Count the patients per `site` of `trial` into `counts` (columns `site` and `n_patients`), and \
# attach a lookup table `site_info` listing only the sites "north" and "west" with their `region` \
# ("highland", "valley") as a left join, so every counted site is kept and sites without info get \
# NaN. Store the result in `joined`."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { trial = 'trial' }
# checks = [
#     'set(joined["site"]) == set(trial["site"])',
#     'len(joined) == len(set(trial["site"]))',
#     'joined["region"].isna().sum() == len(set(trial["site"]) - {"north"})',
# ]
# difficulty = 'basic'
# tags = ['merging', 'parameter-choice']
# family = 'pandas.merge_how'
# edge_cases = true
# ///
import pandas as pd

counts = trial.groupby("site", observed=True).size().rename("n_patients").reset_index()
site_info = pd.DataFrame({"site": ["north", "west"], "region": ["highland", "valley"]})
# how="left" keeps every counted site (region NaN if unlisted) and drops sites only in site_info
joined = counts.merge(site_info, on="site", how="left")
