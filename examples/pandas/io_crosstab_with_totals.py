# /// example
# task = """
# Build the inspection log below as `log` and count defects per shift in a cross-table `counts`: \
# rows `shift`, columns `defect`, with row and column totals labelled `Total`.
#
# ```text
#    shift defect
# 0    day    yes
# 1  night     no
# 2    day     no
# 3    day     no
# 4  night    yes
# 5  night    yes
# ```
#
# Wanted `counts`:
#
# ```text
# defect  no  yes  Total
# shift
# day      2    1      3
# night    1    2      3
# Total    3    3      6
# ```"""
# prompt = """
# From this inspection `log` I want a count table `counts` of shift against defect, with totals \
# on both margins called `Total`:
#
# ```text
#    shift defect
# 0    day    yes
# 1  night     no
# 2    day     no
# 3    day     no
# 4  night    yes
# 5  night    yes
# ```
#
# Like so:
#
# ```text
# defect  no  yes  Total
# shift
# day      2    1      3
# night    1    2      3
# Total    3    3      6
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'counts.loc[["day", "night", "Total"], ["no", "yes", "Total"]].to_numpy().tolist() == [[2, 1, 3], [1, 2, 3], [3, 3, 6]]',
#     'list(counts.index) == ["day", "night", "Total"] and list(counts.columns) == ["no", "yes", "Total"]',
# ]
# difficulty = 'basic'
# tags = ['contingency-table', 'counting']
# ///
import pandas as pd

log = pd.DataFrame(
    {
        "shift": ["day", "night", "day", "day", "night", "night"],
        "defect": ["yes", "no", "no", "no", "yes", "yes"],
    }
)
# margins=True appends the row and column sums under the name given by margins_name
counts = pd.crosstab(log["shift"], log["defect"], margins=True, margins_name="Total")
