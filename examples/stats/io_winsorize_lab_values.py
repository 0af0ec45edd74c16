# /// example
# task = """
# Build the ten lab values below as `lab` and winsorise them at 10% in each tail with \
# `scipy.stats.mstats.winsorize`: the smallest value is replaced by the second smallest and the \
# largest by the second largest. Store the winsorised values as a plain float array \
# `winsorized` (same order as `lab`) and their mean in `winsorized_mean`.
#
# ```text
# 2.1, 14.7, 3.4, 3.9, 4.4, 4.8, 5.0, 5.3, 5.9, 6.2
# ```
#
# Wanted:
#
# ```text
# winsorized = 3.4, 6.2, 3.4, 3.9, 4.4, 4.8, 5.0, 5.3, 5.9, 6.2
# winsorized_mean = 4.85
# ```"""
# prompt = """
# One of my ten lab readings is a wild 14.7:
#
# ```text
# 2.1, 14.7, 3.4, 3.9, 4.4, 4.8, 5.0, 5.3, 5.9, 6.2
# ```
#
# Rather than dropping it I'd like to winsorise 10% at each end (mstats.winsorize). Keep the raw \
# values in `lab`, the winsorised ones in the same order as a normal array `winsorized`, and \
# their mean in `winsorized_mean`. Expected:
#
# ```text
# winsorized = 3.4, 6.2, 3.4, 3.9, 4.4, 4.8, 5.0, 5.3, 5.9, 6.2
# winsorized_mean = 4.85
# ```"""
# task_type = 'input-output'
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(winsorized, [3.4, 6.2, 3.4, 3.9, 4.4, 4.8, 5.0, 5.3, 5.9, 6.2])',
#     'np.isclose(winsorized_mean, 4.85)',
#     'not np.ma.isMaskedArray(winsorized)',
#     'np.allclose(lab, [2.1, 14.7, 3.4, 3.9, 4.4, 4.8, 5.0, 5.3, 5.9, 6.2])',
# ]
# difficulty = 'basic'
# tags = ['robust-statistics', 'outliers', 'data-cleaning']
# ///
import numpy as np
from scipy.stats import mstats

lab = np.array([2.1, 14.7, 3.4, 3.9, 4.4, 4.8, 5.0, 5.3, 5.9, 6.2])
# limits=(0.1, 0.1): one of ten values clipped at each end; winsorize returns a masked array
winsorized = np.asarray(mstats.winsorize(lab, limits=(0.1, 0.1)), dtype=float)
winsorized_mean = winsorized.mean()
