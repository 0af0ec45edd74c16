# /// example
# task = """
# This code should turn the `share` column of `teams`, written as percentages, into fractions \
# in `share_fraction` (`12.5%` -> 0.125), but it raises an error:
#
# ```python
# import pandas as pd
#
# teams = pd.DataFrame({"team": ["red", "blue", "green"], "share": ["12.5%", "40%", "47.5%"]})
# share_fraction = pd.to_numeric(teams["share"]) / 100
# ```
#
# ```text
# ValueError: Unable to parse string '12.5%' at position 0
# ```
#
# Fix it: `share_fraction` should be `[0.125, 0.4, 0.475]`."""
# prompt = """
# Converting the percentage text in the `share` column of my `teams` table to numbers fails:
#
# ```python
# import pandas as pd
#
# teams = pd.DataFrame({"team": ["red", "blue", "green"], "share": ["12.5%", "40%", "47.5%"]})
# share_fraction = pd.to_numeric(teams["share"]) / 100
# ```
#
# ```text
# ValueError: Unable to parse string '12.5%' at position 0
# ```
#
# I want `share_fraction` = `[0.125, 0.4, 0.475]`."""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'np.allclose(share_fraction.to_numpy(dtype=float), [0.125, 0.4, 0.475])',
#     'len(share_fraction) == len(teams) and teams["share"].tolist() == ["12.5%", "40%", "47.5%"]',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'parsing', 'data-cleaning']
# ///
import pandas as pd

teams = pd.DataFrame({"team": ["red", "blue", "green"], "share": ["12.5%", "40%", "47.5%"]})
# to_numeric cannot read the "%" sign: strip it before converting
share_fraction = pd.to_numeric(teams["share"].str.rstrip("%")) / 100
