# /// example
# task = """
# Attach site metadata to `trial`: left-merge it on `site` with a lookup table `site_info` \
# (columns `site`, `region` and `elevation_m`) that only covers the `north` and `south` sites, \
# with `validate="many_to_one"` and `indicator=True` (its `_merge` column marks matched rows \
# "both"); store the result in `merged` and the number of trial rows that found no metadata in \
# `n_unmatched`."""
# prompt = """
# Attach site metadata to `trial` by left-merging on `site` with a lookup table `site_info` \
# (columns `site`, `region` and `elevation_m`) that only covers the "north" and "south" sites. \
# Validate that the merge is many-to-one and add the indicator column `_merge` (matched rows say \
# "both"); store the result in `merged` and the number of trial rows that found no metadata in \
# `n_unmatched`."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { trial = 'trial' }
# checks = [
#     'len(merged) == len(trial)',
#     'n_unmatched == (~trial["site"].isin(["north", "south"])).sum()',
#     'merged["elevation_m"].isna().sum() == n_unmatched',
#     'merged.loc[merged["_merge"] == "both", "region"].notna().all()',
# ]
# difficulty = 'intermediate'
# tags = ['merging', 'validation']
# edge_cases = true
# ///
import pandas as pd

site_info = pd.DataFrame(
    {"site": ["north", "south"], "region": ["highland", "coast"], "elevation_m": [850, 12]}
)
# validate raises MergeError if a site is listed twice in site_info; indicator adds _merge
merged = trial.merge(site_info, on="site", how="left", validate="many_to_one", indicator=True)
n_unmatched = int((merged["_merge"] == "left_only").sum())
