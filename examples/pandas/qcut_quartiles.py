# /// example
# task = """
# Split `trial` into four equal-sized `response` quartiles with `pd.qcut` (labels `Q1`, `Q2`, \
# `Q3`, `Q4`), store the labels in a new column `quartile`, and count the rows per quartile, in \
# label order, into `quartile_counts`. Cut the ranks (`rank(method="first")`) rather than the \
# raw values, so that tied responses cannot produce duplicate bin edges."""
# prompt = """
# Split `trial` into four equal-sized `response` quartiles labelled "Q1", "Q2", "Q3", "Q4", \
# stored in a new column `quartile`, and count the rows per quartile in label order into \
# `quartile_counts`. Tied responses could produce duplicate bin edges, so cut the ranks \
# (rank(method="first")) rather than the raw values."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { trial = 'trial' }
# checks = [
#     'list(quartile_counts.index) == ["Q1", "Q2", "Q3", "Q4"]',
#     'quartile_counts.sum() == trial["response"].notna().sum()',
#     'quartile_counts.max() - quartile_counts.min() <= 1',
#     '(trial.groupby("quartile", observed=True)["response"].max().to_numpy()[:-1] <= trial.groupby("quartile", observed=True)["response"].min().to_numpy()[1:]).all()',
# ]
# difficulty = 'basic'
# tags = ['binning', 'quantiles']
# [edge_cases]
# min_size = 4
# why = 'four quartiles need at least four rows'
# ///
import pandas as pd

# on the raw values, many tied responses give duplicate quantiles and qcut raises
# "Bin edges must be unique"; ranks are distinct (ties broken by order of appearance)
response_rank = trial["response"].rank(method="first")
trial["quartile"] = pd.qcut(response_rank, q=4, labels=["Q1", "Q2", "Q3", "Q4"])
quartile_counts = trial["quartile"].value_counts(sort=False)
