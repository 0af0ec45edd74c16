# /// example
# task = """
# Build `parcels` from the list below: the `weight` column was typed by hand with mixed units \
# (`kg` or `g`, any case, with or without a space). Split each entry into its number and unit \
# with `Series.str.extract` and a regular expression with named groups, convert everything to \
# kilograms into the float column `weight_kg` of `parcels` (1 g = 0.001 kg), and store in \
# `unparsed` the list of entries that match no number-plus-unit pattern (their `weight_kg` is \
# NaN).
#
# weight: "5 kg", "500g", "1.2KG", "750 g", "2,5 kg", "heavy", "0.8 Kg" (in that order; "2,5" \
# uses a decimal comma and means 2.5)"""
# prompt = """
# The parcel weights in my `parcels` table were typed by hand: "5 kg", "500g", "1.2KG", "750 g", \
# "2,5 kg" (decimal comma, so 2.5), "heavy" and "0.8 Kg", in that order, in a `weight` column. \
# Parse the number and the unit (kg or g, any case, optional space), convert everything to \
# kilograms in a new float column `weight_kg` (1 g = 0.001 kg), and give me the entries that \
# couldn't be parsed as a list in `unparsed`, leaving their `weight_kg` as NaN."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'parcels["weight"].tolist() == ["5 kg", "500g", "1.2KG", "750 g", "2,5 kg", "heavy", "0.8 Kg"]',
#     'parcels["weight_kg"].dtype.kind == "f"',
#     'np.allclose(parcels["weight_kg"], [5, 0.5, 1.2, 0.75, 2.5, np.nan, 0.8], equal_nan=True)',
#     'list(unparsed) == ["heavy"]',
# ]
# difficulty = 'intermediate'
# tags = ['data-cleaning', 'parsing', 'text-processing']
# ///
import re

import pandas as pd

parcels = pd.DataFrame({"weight": ["5 kg", "500g", "1.2KG", "750 g", "2,5 kg", "heavy", "0.8 Kg"]})

# named groups become the columns of the extracted frame; rows that do not match are all NaN
pattern = r"^\s*(?P<value>\d+(?:[.,]\d+)?)\s*(?P<unit>kg|g)\s*$"
parts = parcels["weight"].str.extract(pattern, flags=re.IGNORECASE)
value = pd.to_numeric(parts["value"].str.replace(",", ".", regex=False))
per_unit = parts["unit"].str.lower().map({"kg": 1.0, "g": 0.001})
parcels["weight_kg"] = (value * per_unit).astype(float)
unparsed = parcels.loc[parts["value"].isna(), "weight"].tolist()
