# /// example
# task = """
# From the two rows of features `a`, `b`, `c` below (array `X`), build the pairwise interaction \
# terms without squares or a bias column with `PolynomialFeatures`, storing the expanded array in \
# `X_inter` and the output column names in `names`.
#
# ```text
#    a  b  c
# 0  1  2  3
# 1  2  0  1
# ```
#
# Wanted:
#
# ```text
# names   = ['a', 'b', 'c', 'a b', 'a c', 'b c']
# X_inter = [[1, 2, 3, 2, 3, 6],
#            [2, 0, 1, 0, 2, 0]]
# ```"""
# prompt = """
# I only want products of pairs of my features, not squares and no constant column. My data `X`:
#
# ```text
#    a  b  c
# 0  1  2  3
# 1  2  0  1
# ```
#
# Expected result in `X_inter`, with column names in `names`:
#
# ```text
# names   = ['a', 'b', 'c', 'a b', 'a c', 'b c']
# X_inter = [[1, 2, 3, 2, 3, 6],
#            [2, 0, 1, 0, 2, 0]]
# ```"""
# task_type = 'input-output'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = {}
# checks = [
#     "list(names) == ['a', 'b', 'c', 'a b', 'a c', 'b c']",
#     'np.allclose(X_inter, [[1, 2, 3, 2, 3, 6], [2, 0, 1, 0, 2, 0]])',
#     'np.allclose(X, [[1, 2, 3], [2, 0, 1]])',
# ]
# difficulty = 'basic'
# tags = ['feature-engineering']
# ///
import numpy as np
from sklearn.preprocessing import PolynomialFeatures

X = np.array([[1, 2, 3], [2, 0, 1]])
# interaction_only drops a², b², c²; include_bias=False drops the column of ones
poly = PolynomialFeatures(degree=2, interaction_only=True, include_bias=False)
X_inter = poly.fit_transform(X)
names = poly.get_feature_names_out(["a", "b", "c"])
