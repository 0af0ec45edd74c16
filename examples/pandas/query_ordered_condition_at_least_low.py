# /// example
# task = """
# In the long table `rm_long`, `condition` is a categorical with the levels `control`, `low`, \
# `high` (a dose order) but unordered. Make it an ordered categorical in that order in \
# `dosed_order` (a copy of `rm_long` with the new dtype), and select with `DataFrame.query` the \
# rows whose condition is at least `low` (so `low` and `high`) into `treated`."""
# prompt = """
# My repeated-measures table `rm_long` has a `condition` column with `control`, `low` and \
# `high` doses. I'd like a copy `dosed_order` where `condition` is an ordered categorical \
# (control < low < high) so I can write `query('condition >= "low"')` to get all treated rows \
# as `treated`."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { rm_long = 'rm_long' }
# checks = [
#     'dosed_order["condition"].cat.ordered and list(dosed_order["condition"].cat.categories) == ["control", "low", "high"]',
#     'dosed_order["condition"].astype(str).tolist() == rm_long["condition"].astype(str).tolist()',
#     'sorted(treated.index.tolist()) == sorted(i for i, c in zip(rm_long.index, rm_long["condition"].astype(str)) if c in ("low", "high"))',
#     'len(treated) == int(rm_long["condition"].isin(["low", "high"]).sum())',
#     'rm_long.equals(input_as_given("rm_long"))',
# ]
# difficulty = 'basic'
# tags = ['categorical', 'row-selection']
# edge_cases = true
# ///
import pandas as pd

dose_levels = pd.CategoricalDtype(["control", "low", "high"], ordered=True)
dosed_order = rm_long.astype({"condition": dose_levels})
# comparisons with a string work on an ordered categorical, following the category order
treated = dosed_order.query('condition >= "low"')
