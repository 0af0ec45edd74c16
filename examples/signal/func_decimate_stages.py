# /// example
# task = '''
# Write a function `decimate_in_stages` with the signature and docstring below. Reduce the rate of
# the recording `x` by a factor of 20 with it into `low_rate`, and store in `prime_error` the
# message raised for a factor of 17.
#
# ```python
# def decimate_in_stages(x, factor):
#     """Downsample `x` by the integer `factor` with anti-aliasing.
#
#     The factor is split into its prime factors, applied largest first, each
#     stage a call of scipy.signal.decimate with its default zero-phase
#     IIR filter (one call with a large factor is numerically unstable).
#     `factor` 1 returns a float copy. Returns ceil(len(x) / factor) samples.
#     Raises ValueError("factor has a prime factor above 13") when a stage
#     would exceed 13.
#     """
# ```'''
# prompt = """
# `decimate` says its IIR filter gets unstable for big factors, so I want \
# `decimate_in_stages(x, factor)`: split the factor into primes, decimate by each (largest first) \
# with the default zero-phase IIR filter, return a float copy for factor 1, and raise \
# `ValueError("factor has a prime factor above 13")` when a prime above 13 is needed. The result has \
# ceil(len(x) / factor) samples. Take my recording `x` down by 20 into `low_rate`, and keep the \
# error message for factor 17 in `prime_error`."""
# task_type = 'function'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { x = 'audio.signal' }
# checks = [
#     'np.allclose(decimate_in_stages(np.sin(np.arange(600) / 40), 12), scipy.signal.decimate(scipy.signal.decimate(scipy.signal.decimate(np.sin(np.arange(600) / 40), 3), 2), 2))',
#     'np.allclose(decimate_in_stages(np.cos(np.arange(300) / 25), 7), scipy.signal.decimate(np.cos(np.arange(300) / 25), 7))',
#     'np.allclose(decimate_in_stages(np.sin(np.arange(5000) / 400), 100), scipy.signal.decimate(scipy.signal.decimate(scipy.signal.decimate(scipy.signal.decimate(np.sin(np.arange(5000) / 400), 5), 5), 2), 2))',
#     'np.allclose(decimate_in_stages([3.0, 1.0, 2.0], 1), [3.0, 1.0, 2.0])',
#     'prime_error == "factor has a prime factor above 13"',
#     'len(low_rate) == -(-len(x) // 20)',
#     'np.allclose(low_rate, scipy.signal.decimate(scipy.signal.decimate(scipy.signal.decimate(x, 5), 2), 2))',
# ]
# difficulty = 'advanced'
# tags = ['reusable-function', 'resampling', 'validation']
# edge_cases = { min_seconds = 0.1, why = "each decimate stage filters forward and backward and needs more than 27 samples after the earlier stages, so the recording needs a few hundred samples" }
# ///
import numpy as np
from scipy import signal


def decimate_in_stages(x, factor):
    """Downsample `x` by the integer `factor` with anti-aliasing.

    The factor is split into its prime factors, applied largest first, each
    stage a call of scipy.signal.decimate with its default zero-phase
    IIR filter (one call with a large factor is numerically unstable).
    `factor` 1 returns a float copy. Returns ceil(len(x) / factor) samples.
    Raises ValueError("factor has a prime factor above 13") when a stage
    would exceed 13.
    """
    # trial division lists the prime factors of `factor` in increasing order
    primes = []
    remaining, divisor = factor, 2
    while remaining > 1:
        while remaining % divisor == 0:
            primes.append(divisor)
            remaining //= divisor
        divisor += 1
    if primes and max(primes) > 13:
        raise ValueError("factor has a prime factor above 13")
    result = np.array(x, dtype=float)
    for stage in sorted(primes, reverse=True):
        result = signal.decimate(result, stage)
    return result


low_rate = decimate_in_stages(x, 20)

try:
    decimate_in_stages(x, 17)
except ValueError as error:
    prime_error = str(error)
