# /// example
# task = """
# Build the exam scores below as the array `marks` and standardise them to z-scores using the \
# population standard deviation (ddof=0), storing them in `z`.
#
# ```text
# [2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0]
# ```
#
# Wanted `z`:
#
# ```text
# [-1.5, -0.5, -0.5, -0.5, 0.0, 0.0, 1.0, 2.0]
# ```"""
# prompt = """
# How do I get the z-scores `z` of my `marks` (population SD, ddof=0)?
#
# ```text
# [2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0]
# ```
#
# I should get
#
# ```text
# [-1.5, -0.5, -0.5, -0.5, 0.0, 0.0, 1.0, 2.0]
# ```"""
# task_type = 'input-output'
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(z, [-1.5, -0.5, -0.5, -0.5, 0.0, 0.0, 1.0, 2.0])',
#     'list(marks) == [2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0]',
# ]
# difficulty = 'basic'
# tags = ['standardization', 'descriptive-statistics']
# ///
import numpy as np
from scipy import stats

marks = np.array([2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0])
# ddof=0 divides by the population standard deviation (2.0 here)
z = stats.zscore(marks, ddof=0)
