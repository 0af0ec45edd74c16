# /// example
# task = '''
# Write a function `distance_travelled` with the signature and docstring below, using SciPy's
# cumulative Simpson rule. Store in `short_error` the message raised by
# `distance_travelled([3.0], 0.5)`.
#
# ```python
# def distance_travelled(speed, dt):
#     """Running distance from equally spaced speed samples.
#
#     speed holds n >= 2 samples taken every dt seconds. Returns an array of
#     length n: the distance covered up to each sample, starting at 0, by
#     cumulative Simpson integration (exact for speeds that are quadratic
#     in time). Raises ValueError("need at least 2 samples") otherwise.
#     """
# ```'''
# prompt = """
# From speed samples taken every `dt` seconds I want the distance covered so far at every \
# sample. Please write `distance_travelled(speed, dt)` returning an array as long as `speed`, \
# starting at 0, using scipy's cumulative Simpson rule (so it's exact when speed is quadratic in \
# time), and raising `ValueError("need at least 2 samples")` for fewer than two samples; keep \
# the message from `distance_travelled([3.0], 0.5)` in `short_error`."""
# task_type = 'function'
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     # speed t^2 every 0.25 s: distance t^3 / 3, exactly
#     'np.allclose(distance_travelled(np.linspace(0, 2, 9) ** 2, 0.25), np.linspace(0, 2, 9) ** 3 / 3, atol=1e-12)',
#     # constant speed: distance grows linearly
#     'np.allclose(distance_travelled(np.full(6, 4.0), 0.5), 4.0 * 0.5 * np.arange(6))',
#     # an odd number of intervals still has one value per sample: 5 t - t^2 every 1 s
#     'np.allclose(distance_travelled(5 * np.arange(4.0) - np.arange(4.0) ** 2, 1.0), 2.5 * np.arange(4.0) ** 2 - np.arange(4.0) ** 3 / 3)',
#     # two samples, the fewest allowed: one trapezoid
#     'np.shape(distance_travelled([1.0, 2.0], 1.0)) == (2,) and np.allclose(distance_travelled([1.0, 2.0], 1.0), [0.0, 1.5])',
#     'short_error == "need at least 2 samples"',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'quadrature', 'sampled-data', 'validation']
# requires = { scipy = ">=1.12" }
# ///
import numpy as np
from scipy.integrate import cumulative_simpson


def distance_travelled(speed, dt):
    """Running distance from equally spaced speed samples.

    speed holds n >= 2 samples taken every dt seconds. Returns an array of
    length n: the distance covered up to each sample, starting at 0, by
    cumulative Simpson integration (exact for speeds that are quadratic
    in time). Raises ValueError("need at least 2 samples") otherwise.
    """
    speed = np.asarray(speed, dtype=float)
    if speed.size < 2:
        raise ValueError("need at least 2 samples")
    # initial=0 prepends the starting distance, so the output matches the samples
    return cumulative_simpson(speed, dx=dt, initial=0)


try:
    distance_travelled([3.0], 0.5)
except ValueError as error:
    short_error = str(error)
