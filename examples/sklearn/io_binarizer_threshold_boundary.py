# /// example
# task = """
# Turn the sensor readings `readings` below into 0/1 flags with `Binarizer(threshold=0.5)`, \
# storing them in `flags`; note that a reading exactly at 0.5 is not above the threshold.
#
# ```text
# readings = [[0.2, 0.5, 0.9],
#             [0.7, 0.5, 0.1]]
# ```
#
# Wanted:
#
# ```text
# flags = [[0, 0, 1],
#          [1, 0, 0]]
# ```"""
# prompt = """
# I need to mark readings above 0.5 as 1 and everything else as 0 (values of exactly 0.5 count as \
# 0) for my `readings`, using sklearn's `Binarizer` with `threshold=0.5`:
#
# ```text
# readings = [[0.2, 0.5, 0.9],
#             [0.7, 0.5, 0.1]]
# ```
#
# Result in `flags`:
#
# ```text
# flags = [[0, 0, 1],
#          [1, 0, 0]]
# ```"""
# task_type = 'input-output'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = {}
# checks = [
#     'np.array_equal(np.asarray(flags), [[0, 0, 1], [1, 0, 0]])',
#     # the two readings of exactly 0.5 sit on the threshold and must stay 0
#     'np.array_equal(np.asarray(flags) == 1, np.asarray(readings) > 0.5)',
# ]
# difficulty = 'basic'
# tags = ['binning', 'feature-engineering']
# ///
import numpy as np
from sklearn.preprocessing import Binarizer

readings = np.array([[0.2, 0.5, 0.9], [0.7, 0.5, 0.1]])
# Binarizer sets values strictly greater than the threshold to 1
flags = Binarizer(threshold=0.5).fit_transform(readings)
