# /// example
# task = """
# This code should build a 2-second exponential (log-frequency) sweep from 20 Hz to 2000 Hz, \
# sampled at 8000 Hz, storing the sample times in `t` and the sweep in `sweep`, but it raises an \
# error:
#
# ```python
# import numpy as np
# from scipy import signal
#
# t = np.arange(0, 2, 1 / 8000)
# sweep = signal.chirp(t, f0=20, t1=2, f1=2000, method="exponential")
# ```
#
# ```text
# ValueError: method must be 'linear', 'quadratic', 'logarithmic', or 'hyperbolic', but a value of 'exponential' was given.
# ```
#
# Fix it."""
# prompt = """
# For a room measurement I need an exponential sine sweep, 20 Hz up to 2000 Hz over 2 seconds at \
# 8000 samples per second, the times in `t` and the signal in `sweep`:
#
# ```python
# import numpy as np
# from scipy import signal
#
# t = np.arange(0, 2, 1 / 8000)
# sweep = signal.chirp(t, f0=20, t1=2, f1=2000, method="exponential")
# ```
#
# This gives
#
# ```text
# ValueError: method must be 'linear', 'quadratic', 'logarithmic', or 'hyperbolic', but a value of 'exponential' was given.
# ```
#
# What's the right name?"""
# task_type = 'fix'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(t, np.arange(16000) / 8000)',
#     # an exponential sweep has phase 2 pi f0 T / ln(f1 / f0) * ((f1 / f0) ** (t / T) - 1), starting at a cosine peak
#     'np.allclose(sweep, np.cos(2 * np.pi * 20 * 2 / np.log(100) * (100 ** (t / 2) - 1)), atol=1e-6)',
#     'np.isclose(sweep[0], 1.0)',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'waveform-generation']
# ///
import numpy as np
from scipy import signal

t = np.arange(0, 2, 1 / 8000)
# an exponential sweep is the "logarithmic" method: the frequency rises by equal ratios per second
sweep = signal.chirp(t, f0=20, t1=2, f1=2000, method="logarithmic")
