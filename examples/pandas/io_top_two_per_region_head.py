# /// example
# task = """
# Build the table `reps` below and keep, for each `region`, the two rows with the highest `sales`, \
# in `top2`: regions in alphabetical order, highest sales first inside a region, the original row \
# labels kept.
#
# ```text
#   region  rep  sales
# 0  north  ana    120
# 1  south  ben     90
# 2  north   cy    150
# 3  north  dee     80
# 4  south  eve    130
# 5   east  fay     70
# ```
#
# Wanted `top2`:
#
# ```text
#   region  rep  sales
# 5   east  fay     70
# 2  north   cy    150
# 0  north  ana    120
# 4  south  eve    130
# 1  south  ben     90
# ```"""
# prompt = """
# I have sales per rep in `reps` and want the best two reps of every region in `top2`, sorted by \
# region and then by sales from high to low (keep the original row index so I can find them \
# again):
#
# ```text
#   region  rep  sales
# 0  north  ana    120
# 1  south  ben     90
# 2  north   cy    150
# 3  north  dee     80
# 4  south  eve    130
# 5   east  fay     70
# ```
#
# Something like:
#
# ```text
#   region  rep  sales
# 5   east  fay     70
# 2  north   cy    150
# 0  north  ana    120
# 4  south  eve    130
# 1  south  ben     90
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'top2["rep"].tolist() == ["fay", "cy", "ana", "eve", "ben"]',
#     'list(top2.index) == [5, 2, 0, 4, 1]',
#     'top2["sales"].tolist() == [70, 150, 120, 130, 90]',
# ]
# difficulty = 'intermediate'
# tags = ['groupby', 'sorting', 'row-selection']
# ///
import pandas as pd

reps = pd.DataFrame(
    {
        "region": ["north", "south", "north", "north", "south", "east"],
        "rep": ["ana", "ben", "cy", "dee", "eve", "fay"],
        "sales": [120, 90, 150, 80, 130, 70],
    }
)
# sort first so head(2) takes each region's two largest rows
top2 = reps.sort_values(["region", "sales"], ascending=[True, False]).groupby("region").head(2)
