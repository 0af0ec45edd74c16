# /// example
# task = """
# Build the one-hot table `onehot` below (columns `colour_red`, `colour_green`, `colour_blue`, \
# exactly one 1 per row) and turn it back into `labels`: a DataFrame with a single column `colour` \
# holding red, green or blue.
#
# ```text
#    colour_red  colour_green  colour_blue
# 0           1             0            0
# 1           0             1            0
# 2           0             0            1
# 3           1             0            0
# ```
#
# Wanted `labels`:
#
# ```text
#   colour
# 0    red
# 1  green
# 2   blue
# 3    red
# ```"""
# prompt = """
# I received one-hot encoded data (`onehot`, columns like `colour_red`) and need the original \
# category back as a single `colour` column in a frame `labels`:
#
# ```text
#    colour_red  colour_green  colour_blue
# 0           1             0            0
# 1           0             1            0
# 2           0             0            1
# 3           1             0            0
# ```
#
# Expected:
#
# ```text
#   colour
# 0    red
# 1  green
# 2   blue
# 3    red
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'list(labels.columns) == ["colour"]',
#     'labels["colour"].astype(str).tolist() == ["red", "green", "blue", "red"]',
#     'len(labels) == len(onehot)',
# ]
# difficulty = 'intermediate'
# tags = ['encoding', 'reshaping']
# ///
import pandas as pd

onehot = pd.DataFrame(
    {
        "colour_red": [1, 0, 0, 1],
        "colour_green": [0, 1, 0, 0],
        "colour_blue": [0, 0, 1, 0],
    }
)
# sep="_" splits "colour_red" into the new column name and the category value
labels = pd.from_dummies(onehot, sep="_")
