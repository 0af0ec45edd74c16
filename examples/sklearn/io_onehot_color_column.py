# /// example
# task = """
# Build the table below as `items` and one-hot encode its `color` column with scikit-learn into a \
# dense array `encoded` (categories in sorted order, one column each), with the column names in \
# `feature_names`.
#
# ```text
#    color
# 0    red
# 1  green
# 2    red
# 3   blue
# ```
#
# Wanted:
#
# ```text
# feature_names = ['color_blue', 'color_green', 'color_red']
# encoded =
# [[0. 0. 1.]
#  [0. 1. 0.]
#  [0. 0. 1.]
#  [1. 0. 0.]]
# ```"""
# prompt = """
# I have a column of colours (`items`) that I want one-hot encoded into `encoded`, with names in `feature_names`:
#
# ```text
#    color
# 0    red
# 1  green
# 2    red
# 3   blue
# ```
#
# and I want scikit-learn to give me a dense one-hot matrix `encoded` plus the column names in \
# `feature_names`, like this:
#
# ```text
# feature_names = ['color_blue', 'color_green', 'color_red']
# encoded =
# [[0. 0. 1.]
#  [0. 1. 0.]
#  [0. 0. 1.]
#  [1. 0. 0.]]
# ```"""
# task_type = 'input-output'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'pandas']
# inputs = {}
# checks = [
#     'np.array_equal(np.asarray(encoded), [[0, 0, 1], [0, 1, 0], [0, 0, 1], [1, 0, 0]])',
#     'list(feature_names) == ["color_blue", "color_green", "color_red"]',
#     'items["color"].tolist() == ["red", "green", "red", "blue"]',
# ]
# difficulty = 'basic'
# tags = ['encoding', 'categorical']
# ///
import pandas as pd
from sklearn.preprocessing import OneHotEncoder

items = pd.DataFrame({"color": ["red", "green", "red", "blue"]})
# sparse_output=False returns a plain NumPy array instead of a sparse matrix
encoder = OneHotEncoder(sparse_output=False)
encoded = encoder.fit_transform(items[["color"]])
feature_names = encoder.get_feature_names_out()
