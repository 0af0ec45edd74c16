# /// example
# task = """
# Build the table below as `shirts` and encode the `size` column as ordinal codes in the order \
# S < M < L (not alphabetical) with scikit-learn, storing the (4, 1) float array in `size_codes`.
#
# ```text
#   size
# 0    S
# 1    L
# 2    M
# 3    S
# ```
#
# Wanted `size_codes`:
#
# ```text
# [[0.]
#  [2.]
#  [1.]
#  [0.]]
# ```"""
# prompt = """
# My `shirts` table has sizes with a natural order, and I want them as codes in `size_codes`:
#
# ```text
#   size
# 0    S
# 1    L
# 2    M
# 3    S
# ```
#
# The default encoder sorts them alphabetically (L, M, S), but I need S=0, M=1, L=2 as a (4, 1) \
# column array `size_codes`:
#
# ```text
# [[0.]
#  [2.]
#  [1.]
#  [0.]]
# ```"""
# task_type = 'input-output'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'pandas']
# inputs = {}
# checks = [
#     'np.array_equal(np.asarray(size_codes), [[0.0], [2.0], [1.0], [0.0]])',
#     'np.shape(size_codes) == (4, 1)',
#     'shirts["size"].tolist() == ["S", "L", "M", "S"]',
# ]
# difficulty = 'basic'
# tags = ['encoding', 'categorical']
# ///
import pandas as pd
from sklearn.preprocessing import OrdinalEncoder

shirts = pd.DataFrame({"size": ["S", "L", "M", "S"]})
# an explicit category list fixes the order; by default it would be sorted alphabetically
encoder = OrdinalEncoder(categories=[["S", "M", "L"]])
size_codes = encoder.fit_transform(shirts[["size"]])
