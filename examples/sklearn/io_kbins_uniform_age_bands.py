# /// example
# task = """
# Build the ages below as the one-column array `ages` (shape (8, 1)) and cut them into 4 \
# equal-width bins with scikit-learn, storing each age's bin number (0 to 3) as the 1-D array \
# `age_band` and the 5 bin edges as the 1-D array `band_edges`.
#
# ```text
# ages = [3, 17, 25, 38, 46, 59, 64, 80]
# ```
#
# Wanted:
#
# ```text
# age_band   = [0, 0, 1, 1, 2, 2, 3, 3]
# band_edges = [3.0, 22.25, 41.5, 60.75, 80.0]
# ```"""
# prompt = """
# I want to turn these `ages` (one feature, 8 people) into 4 bands of equal width with sklearn's \
# discretizer:
#
# ```text
# ages = [3, 17, 25, 38, 46, 59, 64, 80]
# ```
#
# The band index per person should land in `age_band` and the edges in `band_edges`:
#
# ```text
# age_band   = [0, 0, 1, 1, 2, 2, 3, 3]
# band_edges = [3.0, 22.25, 41.5, 60.75, 80.0]
# ```
#
# What settings give me that?"""
# task_type = 'input-output'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = {}
# checks = [
#     'np.array_equal(np.ravel(age_band), [0, 0, 1, 1, 2, 2, 3, 3])',
#     'np.allclose(np.ravel(band_edges), [3.0, 22.25, 41.5, 60.75, 80.0])',
#     # equal-width bins: the edges split the range of the ages evenly
#     'np.allclose(np.ravel(band_edges), np.linspace(np.min(ages), np.max(ages), 5))',
#     'np.ravel(ages).tolist() == [3, 17, 25, 38, 46, 59, 64, 80]',
# ]
# difficulty = 'advanced'
# tags = ['binning', 'feature-engineering']
# ///
import numpy as np
from sklearn.preprocessing import KBinsDiscretizer

ages = np.array([3, 17, 25, 38, 46, 59, 64, 80]).reshape(-1, 1)
# strategy="uniform" gives equal-width bins; encode="ordinal" returns the bin index itself
discretizer = KBinsDiscretizer(n_bins=4, encode="ordinal", strategy="uniform")
age_band = discretizer.fit_transform(ages).ravel().astype(int)
band_edges = discretizer.bin_edges_[0]
