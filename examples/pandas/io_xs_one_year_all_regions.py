# /// example
# task = """
# Build the frame `stats` below, indexed by (`region`, `year`), and select the 2023 rows of every \
# region into `y2023`, indexed by region only.
#
# ```text
#              sales  staff
# region year
# east   2022     10      3
#        2023     12      3
# north  2022      7      2
#        2023      9      2
# west   2022     15      5
#        2023     16      6
# ```
#
# Wanted `y2023`:
#
# ```text
#         sales  staff
# region
# east       12      3
# north       9      2
# west       16      6
# ```"""
# prompt = """
# My `stats` frame has a two-level index (region, year). How do I get all regions for the year \
# `2023` only, as `y2023` with just region as the index?
#
# ```text
#              sales  staff
# region year
# east   2022     10      3
#        2023     12      3
# north  2022      7      2
#        2023      9      2
# west   2022     15      5
#        2023     16      6
# ```
#
# Expected:
#
# ```text
#         sales  staff
# region
# east       12      3
# north       9      2
# west       16      6
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'list(y2023.index) == ["east", "north", "west"] and y2023.index.nlevels == 1',
#     'y2023["sales"].tolist() == [12, 9, 16] and y2023["staff"].tolist() == [3, 2, 6]',
# ]
# difficulty = 'intermediate'
# tags = ['hierarchical-index', 'indexing']
# ///
import pandas as pd

stats = pd.DataFrame(
    {"sales": [10, 12, 7, 9, 15, 16], "staff": [3, 3, 2, 2, 5, 6]},
    index=pd.MultiIndex.from_product(
        [["east", "north", "west"], [2022, 2023]], names=["region", "year"]
    ),
)
# xs selects one key of the named level and drops that level from the result
y2023 = stats.xs(2023, level="year")
