# /// example
# task = """
# Build the `plant` table below and rename its columns by removing the unit suffixes in \
# parentheses and the space before them ("temp (C)" becomes "temp"), using the string methods of \
# the column index, in place.
#
# ```text
#    temp (C)  flow (L/min) valve
# 0      21.5          12.0  open
# 1      22.1          11.4  shut
# ```
#
# Wanted `plant`:
#
# ```text
#    temp  flow valve
# 0  21.5  12.0  open
# 1  22.1  11.4  shut
# ```"""
# prompt = """
# The columns of my `plant` export carry units in parentheses, which makes them awkward to type:
#
# ```text
#    temp (C)  flow (L/min) valve
# 0      21.5          12.0  open
# 1      22.1          11.4  shut
# ```
#
# Strip the ` (unit)` parts from the column names so I get
#
# ```text
#    temp  flow valve
# 0  21.5  12.0  open
# 1  22.1  11.4  shut
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'list(plant.columns) == ["temp", "flow", "valve"]',
#     'plant["temp"].tolist() == [21.5, 22.1] and plant["flow"].tolist() == [12.0, 11.4] and plant["valve"].tolist() == ["open", "shut"]',
# ]
# difficulty = 'basic'
# tags = ['data-cleaning', 'text-processing']
# ///
import pandas as pd

plant = pd.DataFrame(
    {"temp (C)": [21.5, 22.1], "flow (L/min)": [12.0, 11.4], "valve": ["open", "shut"]}
)
# the column Index has the same .str methods as a Series
plant.columns = plant.columns.str.replace(r"\s*\(.*\)$", "", regex=True)
