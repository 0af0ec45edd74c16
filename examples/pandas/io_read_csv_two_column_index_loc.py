# /// example
# task = """
# Store the CSV text below in `csv_text` and read it into `sales` with the two columns `region` \
# and `year` as a MultiIndex (in that order). Then store the south's 2024 sales (one number) in \
# `south_2024` and all years of the north (indexed by year) in `north`.
#
# ```text
# region,year,sales
# north,2023,120
# north,2024,135
# south,2023,98
# south,2024,110
# ```
#
# Wanted:
#
# ```text
#              sales
# region year
# north  2023    120
#        2024    135
# south  2023     98
#        2024    110
#
# south_2024 = 110
#
# north
#       sales
# year
# 2023    120
# 2024    135
# ```"""
# prompt = """
# I load regional sales like this into `sales` (keep the text in `csv_text`) and want `region` \
# and `year` as a two-level index straight away:
#
# ```text
# region,year,sales
# north,2023,120
# north,2024,135
# south,2023,98
# south,2024,110
# ```
#
# Then I need the single number for south in 2024 as `south_2024`, and the north's rows as \
# `north`, indexed by year:
#
# ```text
#              sales
# region year
# north  2023    120
#        2024    135
# south  2023     98
#        2024    110
#
# south_2024 = 110
#
# north
#       sales
# year
# 2023    120
# 2024    135
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'list(sales.index.names) == ["region", "year"] and list(sales.columns) == ["sales"]',
#     'south_2024 == 110',
#     'list(north.index) == [2023, 2024] and north["sales"].tolist() == [120, 135]',
# ]
# difficulty = 'basic'
# tags = ['file-io', 'hierarchical-index', 'indexing']
# ///
import io

import pandas as pd

csv_text = """region,year,sales
north,2023,120
north,2024,135
south,2023,98
south,2024,110
"""
# a list for index_col builds a MultiIndex from those columns
sales = pd.read_csv(io.StringIO(csv_text), index_col=["region", "year"])
south_2024 = sales.loc[("south", 2024), "sales"]
# one label for the first level returns the rows indexed by the remaining level
north = sales.loc["north"]
