# /// example
# task = """
# Encode the `treatment` labels of `trial` as integers with `pd.factorize(sort=True)`, returning \
# `codes` (one per row) and `uniques` (the sorted distinct labels)."""
# prompt = """
# Encode the `treatment` labels of `trial` as integers with the distinct labels in sorted order, \
# giving me `codes` (one per row) and `uniques` (the sorted distinct labels)."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { trial = 'trial' }
# checks = [
#     'len(codes) == len(trial)',
#     'len(uniques) == trial["treatment"].nunique()',
#     'list(np.asarray(uniques).astype(str)[codes]) == list(trial["treatment"].astype(str))',
#     'list(uniques) == sorted(uniques)',
# ]
# difficulty = 'basic'
# tags = ['encoding', 'categorical']
# edge_cases = true
# ///
import pandas as pd

# sort=True numbers the labels in sorted order; without it, codes follow the order of appearance
codes, uniques = pd.factorize(trial["treatment"], sort=True)
