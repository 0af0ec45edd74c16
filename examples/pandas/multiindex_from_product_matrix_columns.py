# /// example
# task = """
# The array `matrix` has four columns measured by two probes: left x, left y, right x, right y, \
# in that order. Wrap it in a DataFrame `probes` whose columns are the two-level MultiIndex \
# built with `pd.MultiIndex.from_product` from `["left", "right"]` and `["x", "y"]`, levels \
# named `probe` and `axis`, and select both probes' `x` columns with `xs` into `x_only` \
# (columns `left` and `right`)."""
# prompt = """
# `matrix` holds readings from two probes, columns in the order left-x, left-y, right-x, right-y. \
# I want a DataFrame `probes` with proper two-level column labels (`probe`: left/right, `axis`: \
# x/y) made with `MultiIndex.from_product`, and then just the x readings of both probes as \
# `x_only`, with columns `left` and `right`."""
# domain = 'data_processing'
# libraries = ['pandas', 'numpy']
# inputs = { matrix = 'matrix' }
# checks = [
#     'list(probes.columns) == [("left", "x"), ("left", "y"), ("right", "x"), ("right", "y")] and list(probes.columns.names) == ["probe", "axis"]',
#     'np.array_equal(probes.to_numpy(), matrix, equal_nan=True)',
#     'list(x_only.columns) == ["left", "right"] and np.array_equal(x_only.to_numpy(), matrix[:, [0, 2]], equal_nan=True)',
# ]
# difficulty = 'basic'
# tags = ['hierarchical-index', 'indexing']
# edge_cases = true
# ///
import pandas as pd

# from_product lists every (probe, axis) pair with the last level varying fastest
columns = pd.MultiIndex.from_product([["left", "right"], ["x", "y"]], names=["probe", "axis"])
probes = pd.DataFrame(matrix, columns=columns)
x_only = probes.xs("x", axis=1, level="axis")
