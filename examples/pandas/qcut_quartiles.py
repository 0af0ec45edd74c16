# /// example
# task = """
# Split the weather stations `stations` into four equal-sized `temperature` quartiles with \
# `pd.qcut` (labels `Q1`, `Q2`, `Q3`, `Q4`), store the labels in a new column `quartile`, and \
# count the stations per quartile, in label order, into `quartile_counts`. Cut the ranks \
# (`rank(method="first")`) rather than the raw values, so that tied temperatures cannot produce \
# duplicate bin edges."""
# prompt = """
# Split my weather stations `stations` into four equal-sized `temperature` quartiles labelled \
# "Q1", "Q2", "Q3", "Q4", stored in a new column `quartile`, and count the stations per quartile \
# in label order into `quartile_counts`. Temperatures are rounded to 0.1 degrees and tie often, \
# which could produce duplicate bin edges, so cut the ranks (rank(method="first")) rather than the \
# raw values."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { stations = 'stations' }
# checks = [
#     'list(quartile_counts.index) == ["Q1", "Q2", "Q3", "Q4"]',
#     'quartile_counts.sum() == stations["temperature"].notna().sum()',
#     'quartile_counts.max() - quartile_counts.min() <= 1',
#     '(stations.groupby("quartile", observed=True)["temperature"].max().to_numpy()[:-1] <= stations.groupby("quartile", observed=True)["temperature"].min().to_numpy()[1:]).all()',
# ]
# difficulty = 'basic'
# tags = ['binning', 'quantiles']
# [edge_cases]
# min_size = 4
# why = 'four quartiles need at least four rows'
# ///
import pandas as pd

# on the raw values, tied temperatures can give duplicate quantiles and qcut raises
# "Bin edges must be unique"; ranks are distinct (ties broken by order of appearance)
temperature_rank = stations["temperature"].rank(method="first")
stations["quartile"] = pd.qcut(temperature_rank, q=4, labels=["Q1", "Q2", "Q3", "Q4"])
quartile_counts = stations["quartile"].value_counts(sort=False)
