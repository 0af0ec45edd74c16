# /// example
# task = """
# Build the frames `sizes` and `colours` below and make `variants`: every size paired with every \
# colour (sizes in their order, colours in their order within a size), with a `price` column = \
# `base` + `surcharge`, and a fresh 0..n-1 index.
#
# ```text
# sizes:
#   size  base
# 0    S  10.0
# 1    M  12.0
#
# colours:
#   colour  surcharge
# 0  black        0.0
# 1    red        1.5
# 2   gold        4.0
# ```
#
# Wanted `variants`:
#
# ```text
#   size  base colour  surcharge  price
# 0    S  10.0  black        0.0   10.0
# 1    S  10.0    red        1.5   11.5
# 2    S  10.0   gold        4.0   14.0
# 3    M  12.0  black        0.0   12.0
# 4    M  12.0    red        1.5   13.5
# 5    M  12.0   gold        4.0   16.0
# ```"""
# prompt = """
# For a shop I need all product `variants`: each size from `sizes` combined with each colour from \
# `colours`, and the `price` as base plus surcharge:
#
# ```text
# sizes:
#   size  base
# 0    S  10.0
# 1    M  12.0
#
# colours:
#   colour  surcharge
# 0  black        0.0
# 1    red        1.5
# 2   gold        4.0
# ```
#
# i.e.
#
# ```text
#   size  base colour  surcharge  price
# 0    S  10.0  black        0.0   10.0
# 1    S  10.0    red        1.5   11.5
# 2    S  10.0   gold        4.0   14.0
# 3    M  12.0  black        0.0   12.0
# 4    M  12.0    red        1.5   13.5
# 5    M  12.0   gold        4.0   16.0
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'variants["size"].tolist() == ["S", "S", "S", "M", "M", "M"]',
#     'variants["colour"].tolist() == ["black", "red", "gold", "black", "red", "gold"]',
#     'np.allclose(variants["price"].to_numpy(dtype=float), [10.0, 11.5, 14.0, 12.0, 13.5, 16.0])',
#     'list(variants.index) == [0, 1, 2, 3, 4, 5]',
# ]
# difficulty = 'intermediate'
# tags = ['merging', 'derived-columns']
# ///
import pandas as pd

sizes = pd.DataFrame({"size": ["S", "M"], "base": [10.0, 12.0]})
colours = pd.DataFrame({"colour": ["black", "red", "gold"], "surcharge": [0.0, 1.5, 4.0]})
# how="cross" pairs every row of the left frame with every row of the right one
variants = sizes.merge(colours, how="cross")
variants["price"] = variants["base"] + variants["surcharge"]
