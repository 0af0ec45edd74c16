# /// example
# task = """
# Make two 5-point Hann windows with `get_window`: the periodic one used for spectral analysis \
# (`periodic`) and the symmetric one used for filter design (`symmetric`), rounded to 4 decimals.
#
# ```text
# window = "hann", length = 5
# ```
#
# Wanted:
#
# ```text
# periodic  = [0.0, 0.3455, 0.9045, 0.9045, 0.3455]
# symmetric = [0.0, 0.5, 1.0, 0.5, 0.0]
# ```"""
# prompt = """
# Why does `get_window("hann", 5)` not end in zero like the Hann window in my textbook? Show me \
# both 5-point versions, the default periodic one in `periodic` and the symmetric one in \
# `symmetric`, rounded to 4 decimals:
#
# ```text
# window = "hann", length = 5
# ```
#
# should give
#
# ```text
# periodic  = [0.0, 0.3455, 0.9045, 0.9045, 0.3455]
# symmetric = [0.0, 0.5, 1.0, 0.5, 0.0]
# ```"""
# task_type = 'input-output'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(periodic, [0.0, 0.3455, 0.9045, 0.9045, 0.3455], atol=5e-5)',
#     'np.allclose(symmetric, [0.0, 0.5, 1.0, 0.5, 0.0], atol=5e-5)',
# ]
# difficulty = 'basic'
# tags = ['window-functions']
# ///
import numpy as np
from scipy import signal

# fftbins=True (the default) drops the last point of a 6-point symmetric window: one period for the DFT
periodic = np.round(signal.get_window("hann", 5), 4)
symmetric = np.round(signal.get_window("hann", 5, fftbins=False), 4)
