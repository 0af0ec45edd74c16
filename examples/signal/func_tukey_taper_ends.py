# /// example
# task = '''
# Write a function `taper_ends` with the signature and docstring below. Apply it to the recording
# `x` with 50-sample ramps, storing the result in `tapered`, and store in `error_message` the
# message of the ValueError it raises for a 10-sample signal with 6-sample ramps.
#
# ```python
# def taper_ends(x, ramp):
#     """Fade the signal x in and out with raised-cosine ramps.
#
#     The first `ramp` + 1 samples are multiplied by 0.5 * (1 - cos(pi * n / ramp))
#     for n = 0 ... ramp (from 0 up to 1), the last ones by the mirror image,
#     and the samples in between are left unchanged (a Tukey window).
#     ramp = 0 returns x unchanged. Returns a float array the length of x.
#
#     Raises ValueError if the two ramps overlap (2 * ramp > len(x) - 1).
#     """
# ```'''
# prompt = """
# Before an FFT I fade my recordings in and out. Please write `taper_ends(x, ramp)`: multiply \
# the first `ramp` + 1 samples by 0.5 * (1 - cos(pi * n / ramp)), n = 0 ... ramp, the end by the \
# mirror image, leave the middle alone (a Tukey window), return a float array the length of `x`, \
# return `x` unchanged for ramp = 0, and raise ValueError when the ramps would overlap \
# (2 * ramp > len(x) - 1). Apply it to `x` with 50-sample ramps as `tapered`, and keep the error \
# text for a 10-sample signal with 6-sample ramps in `error_message`."""
# task_type = 'function'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { x = 'audio.signal' }
# checks = [
#     'np.allclose(taper_ends(np.ones(11), 2), [0, 0.5, 1, 1, 1, 1, 1, 1, 1, 0.5, 0])',
#     # ramps that meet in the middle make a Hann window
#     'np.allclose(taper_ends(np.full(5, 2.0), 2), [0, 1, 2, 1, 0])',
#     'np.allclose(taper_ends(np.arange(6.0), 0), np.arange(6.0))',
#     'np.allclose(taper_ends(np.arange(1.0, 9.0), 3), np.arange(1.0, 9.0) * np.r_[0.5 * (1 - np.cos(np.pi * np.arange(4) / 3)), 0.5 * (1 - np.cos(np.pi * np.arange(4) / 3))[::-1]])',
#     'isinstance(error_message, str) and len(error_message) > 0',
#     'np.shape(tapered) == np.shape(x)',
#     # each sample's weight follows its distance to the nearer end, capped at the ramp length
#     'np.allclose(tapered, x * 0.5 * (1 - np.cos(np.pi * np.minimum(np.minimum(np.arange(len(x)), len(x) - 1 - np.arange(len(x))), 50) / 50)))',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'window-functions', 'validation']
# edge_cases = { min_size = 101, why = 'the task applies 50-sample ramps at both ends, which need at least 101 samples' }
# ///
import numpy as np
from scipy.signal import windows


def taper_ends(x, ramp):
    """Fade the signal x in and out with raised-cosine ramps.

    The first `ramp` + 1 samples are multiplied by 0.5 * (1 - cos(pi * n / ramp))
    for n = 0 ... ramp (from 0 up to 1), the last ones by the mirror image,
    and the samples in between are left unchanged (a Tukey window).
    ramp = 0 returns x unchanged. Returns a float array the length of x.

    Raises ValueError if the two ramps overlap (2 * ramp > len(x) - 1).
    """
    x = np.asarray(x, dtype=float)
    if 2 * ramp > len(x) - 1:
        raise ValueError(f"ramps of {ramp} samples overlap in a signal of {len(x)} samples")
    # alpha is the tapered fraction of the window: both ramps span alpha * (N - 1) samples
    alpha = 2 * ramp / (len(x) - 1) if len(x) > 1 else 0.0
    return x * windows.tukey(len(x), alpha)


tapered = taper_ends(x, 50)

try:
    taper_ends(np.zeros(10), 6)
except ValueError as err:
    error_message = str(err)
