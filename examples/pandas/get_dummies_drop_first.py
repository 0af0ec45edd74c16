# /// example
# task = """
# One-hot encode the categorical columns `site` and `treatment` of `trial` with `pd.get_dummies`, \
# dropping the first level of each (`drop_first=True`) and producing 0/1 integer columns \
# (`dtype=int`); store the result in `encoded`."""
# prompt = """
# One-hot encode the categorical columns `site` and `treatment` of `trial`, dropping the first \
# level of each and producing 0/1 integer columns named like `site_south`, with the other columns \
# kept as they are; store the result in `encoded`."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { trial = 'trial' }
# checks = [
#     '"site" not in encoded.columns and "treatment" not in encoded.columns',
#     'encoded.shape[1] == trial.shape[1] - 2 + len(trial["site"].cat.categories) - 1 + len(trial["treatment"].cat.categories) - 1',
#     'all((encoded[f"{c}_{level}"] == (trial[c] == level)).all() for c in ("site", "treatment") for level in trial[c].cat.categories[1:])',
#     'encoded.filter(like="site_").sum(axis=1).le(1).all()',
# ]
# difficulty = 'basic'
# tags = ['encoding', 'categorical']
# edge_cases = true
# ///
import pandas as pd

encoded = pd.get_dummies(trial, columns=["site", "treatment"], drop_first=True, dtype=int)
