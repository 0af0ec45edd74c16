# /// example
# task = """
# This code should label each station of `stations` by its `temperature` (deg C) in a new column \
# `climate`: "hot" above 20, "mild" above 10 up to 20, "cold" otherwise (missing temperatures \
# count as "cold"):
#
# ```python
# import numpy as np
#
# conditions = [stations["temperature"] > 10, stations["temperature"] > 20]
# stations["climate"] = np.select(conditions, ["mild", "hot"], default="cold")
# ```
#
# It runs, but no station is ever labelled "hot", even those at 25 deg C. Fix it."""
# prompt = """
# I'm tagging the weather `stations` by `temperature` into a `climate` column: "hot" if above 20, \
# "mild" if above 10 (up to 20), else "cold" (also when missing):
#
# ```python
# import numpy as np
#
# conditions = [stations["temperature"] > 10, stations["temperature"] > 20]
# stations["climate"] = np.select(conditions, ["mild", "hot"], default="cold")
# ```
#
# Nothing ever comes out "hot". Why?"""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas', 'numpy']
# inputs = { stations = 'stations' }
# checks = [
#     'len(stations["climate"]) == len(stations["temperature"])',
#     '(stations.loc[stations["temperature"] > 20, "climate"] == "hot").all()',
#     '(stations.loc[(stations["temperature"] > 10) & (stations["temperature"] <= 20), "climate"] == "mild").all()',
#     '(stations.loc[~(stations["temperature"] > 10), "climate"] == "cold").all()',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'recoding', 'binning', 'derived-columns']
# edge_cases = true
# ///
import numpy as np

# np.select takes the first condition that holds, so the stricter test must come first
conditions = [stations["temperature"] > 20, stations["temperature"] > 10]
stations["climate"] = np.select(conditions, ["hot", "mild"], default="cold")
