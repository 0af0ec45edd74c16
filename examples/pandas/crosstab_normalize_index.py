# /// example
# task = """
# Cross-tabulate `site` against `treatment` in `trial` as row proportions (`normalize="index"`) \
# into `allocation`, so that each site's treatment shares sum to 1."""
# prompt = """
# Cross-tabulate `site` against `treatment` in `trial` as row proportions, so that each site's \
# treatment shares add up to 1, and store the table in `allocation`."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { trial = 'trial' }
# checks = [
#     'np.allclose(allocation.sum(axis=1), 1)',
#     'len(allocation) == trial["site"].nunique()',
#     'all(np.isclose(allocation.loc[s, t], ((trial["site"] == s) & (trial["treatment"] == t)).sum() / (trial["site"] == s).sum()) for s in allocation.index for t in allocation.columns)',
# ]
# difficulty = 'basic'
# tags = ['contingency-table', 'counting']
# edge_cases = true
# ///
import pandas as pd

allocation = pd.crosstab(trial["site"], trial["treatment"], normalize="index")
