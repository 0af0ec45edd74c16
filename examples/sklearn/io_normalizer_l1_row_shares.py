# /// example
# task = """
# The table below counts how many minutes three users spent in each app section. Build it as \
# the 3 x 4 array `minutes` and rescale every row (user) so that its values sum to 1, giving \
# each user's share of time per section, in `shares`; separately, store the matrix with every \
# row rescaled to unit Euclidean (L2) length in `l2_rows`.
#
# ```text
# user  feed  search  messages  settings
# u1      30      10        50        10
# u2       0      20        20         0
# u3      45       0         0        15
# ```
#
# Wanted:
#
# ```text
# shares =
# [[0.3   0.1   0.5   0.1 ]
#  [0.    0.5   0.5   0.  ]
#  [0.75  0.    0.    0.25]]
# l2_rows[1] (user u2) = [0, 0.7071, 0.7071, 0]
# ```"""
# prompt = """
# Users differ a lot in total time, so I want per-user profiles: each row of my `minutes` table \
# divided by its row total (`shares`), and also the version where each row is scaled to unit \
# Euclidean length (`l2_rows`), as used for cosine similarity.
#
# ```text
# user  feed  search  messages  settings
# u1      30      10        50        10
# u2       0      20        20         0
# u3      45       0         0        15
# ```
#
# For example I expect
#
# ```text
# shares =
# [[0.3   0.1   0.5   0.1 ]
#  [0.    0.5   0.5   0.  ]
#  [0.75  0.    0.    0.25]]
# l2_rows[1] (user u2) = [0, 0.7071, 0.7071, 0]
# ```"""
# task_type = 'input-output'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(shares, [[0.3, 0.1, 0.5, 0.1], [0.0, 0.5, 0.5, 0.0], [0.75, 0.0, 0.0, 0.25]])',
#     'np.allclose(np.asarray(l2_rows)[1], [0, 0.7071, 0.7071, 0], atol=5e-5)',
#     'np.allclose(np.linalg.norm(l2_rows, axis=1), 1.0) and np.allclose(np.asarray(l2_rows) * np.linalg.norm(minutes, axis=1, keepdims=True), minutes)',
# ]
# difficulty = 'basic'
# tags = ['standardization', 'feature-engineering']
# ///
import numpy as np
from sklearn.preprocessing import Normalizer

minutes = np.array([[30, 10, 50, 10], [0, 20, 20, 0], [45, 0, 0, 15]], dtype=float)

# Normalizer rescales rows (samples), unlike the scalers, which rescale columns
shares = Normalizer(norm="l1").fit_transform(minutes)
l2_rows = Normalizer(norm="l2").fit_transform(minutes)
