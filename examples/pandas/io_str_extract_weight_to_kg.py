# /// example
# task = """
# Build the table `parcels` below, whose free-text `weight` holds a number and a unit (`kg` or \
# `g`, with or without a space, any case, comma or point decimals), and add `weight_kg`: the \
# weight converted to kilograms as float.
#
# ```text
#   parcel   weight
# 0     p1   1.5 kg
# 1     p2     300g
# 2     p3  2,25 KG
# 3     p4    750 G
# ```
#
# Wanted `parcels`:
#
# ```text
#   parcel   weight  weight_kg
# 0     p1   1.5 kg       1.50
# 1     p2     300g       0.30
# 2     p3  2,25 KG       2.25
# 3     p4    750 G       0.75
# ```"""
# prompt = """
# The `weight` field in our `parcels` export is typed by hand: "1.5 kg", "300g", "2,25 KG"... I \
# need a numeric `weight_kg` column in kilograms:
#
# ```text
#   parcel   weight
# 0     p1   1.5 kg
# 1     p2     300g
# 2     p3  2,25 KG
# 3     p4    750 G
# ```
#
# Expected:
#
# ```text
#   parcel   weight  weight_kg
# 0     p1   1.5 kg       1.50
# 1     p2     300g       0.30
# 2     p3  2,25 KG       2.25
# 3     p4    750 G       0.75
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'np.allclose(parcels["weight_kg"].to_numpy(dtype=float), [1.5, 0.3, 2.25, 0.75])',
#     'parcels["weight"].tolist() == ["1.5 kg", "300g", "2,25 KG", "750 G"]',
# ]
# difficulty = 'advanced'
# tags = ['parsing', 'text-processing', 'data-cleaning']
# ///
import re

import pandas as pd

parcels = pd.DataFrame(
    {"parcel": ["p1", "p2", "p3", "p4"], "weight": ["1.5 kg", "300g", "2,25 KG", "750 G"]}
)
# named groups become the columns of the extracted frame
parts = parcels["weight"].str.extract(
    r"(?P<amount>\d+(?:[.,]\d+)?)\s*(?P<unit>kg|g)", flags=re.IGNORECASE
)
amount = parts["amount"].str.replace(",", ".", regex=False).astype(float)
parcels["weight_kg"] = amount / parts["unit"].str.lower().map({"kg": 1, "g": 1000})
