# /// example
# task = '''
# Write a function `lowpass_with_gaps` with the signature and docstring below. Apply it to the
# recording `x` sampled at `fs` Hz (which may contain NaN dropouts) with a cutoff of 800 Hz and
# store the result in `cleaned`.
#
# ```python
# def lowpass_with_gaps(x, fs, cutoff_hz):
#     """Zero-phase low-pass of a signal with NaN gaps.
#
#     Each run of consecutive non-NaN samples is filtered on its own with a
#     2nd-order Butterworth low-pass (cutoff `cutoff_hz` Hz, sample rate `fs`)
#     applied forward and backward. NaN samples stay NaN; runs shorter than
#     10 samples are too short for the forward-backward pass and are copied
#     unchanged. Returns a float array of the same length as `x`.
#     """
# ```'''
# prompt = """
# My sensor drops samples (they show up as NaN) and `sosfiltfilt` then turns everything into \
# NaN. Write `lowpass_with_gaps(x, fs, cutoff_hz)` that filters each NaN-free stretch on its own \
# with a 2nd-order Butterworth low-pass run forward and backward, keeps the NaNs where they are, \
# and copies stretches shorter than `10` samples unchanged; it returns a float array as long as \
# `x`. Clean my recording `x` (sampled at `fs`) with an 800 Hz cutoff into `cleaned`."""
# task_type = 'function'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { x = 'audio.signal', fs = 'audio.fs' }
# checks = [
#     # two runs around one NaN, each filtered separately
#     'np.allclose(lowpass_with_gaps(np.r_[np.sin(np.arange(25) / 3), np.nan, np.cos(np.arange(30) / 4)], 100.0, 10.0), np.r_[scipy.signal.sosfiltfilt(scipy.signal.butter(2, 10.0, fs=100.0, output="sos"), np.sin(np.arange(25) / 3)), np.nan, scipy.signal.sosfiltfilt(scipy.signal.butter(2, 10.0, fs=100.0, output="sos"), np.cos(np.arange(30) / 4))], equal_nan=True)',
#     # a 9-sample run is copied, a 10-sample run is filtered
#     'np.allclose(lowpass_with_gaps(np.r_[np.arange(9.0), np.nan, np.nan, np.arange(10.0) ** 2], 50.0, 5.0), np.r_[np.arange(9.0), np.nan, np.nan, scipy.signal.sosfiltfilt(scipy.signal.butter(2, 5.0, fs=50.0, output="sos"), np.arange(10.0) ** 2)], equal_nan=True)',
#     'np.allclose(lowpass_with_gaps(np.cos(np.arange(64) / 5), 200.0, 20.0), scipy.signal.sosfiltfilt(scipy.signal.butter(2, 20.0, fs=200.0, output="sos"), np.cos(np.arange(64) / 5)))',
#     'np.all(np.isnan(lowpass_with_gaps(np.full(5, np.nan), 100.0, 10.0))) and len(lowpass_with_gaps(np.full(5, np.nan), 100.0, 10.0)) == 5',
#     'len(lowpass_with_gaps(np.array([]), 100.0, 10.0)) == 0',
#     'np.shape(cleaned) == np.shape(x) and np.array_equal(np.isnan(cleaned), np.isnan(x))',
#     'np.isnan(x).any() or np.allclose(cleaned, scipy.signal.sosfiltfilt(scipy.signal.butter(2, 800.0, fs=fs, output="sos"), x), atol=1e-8 * np.max(np.abs(x)))',
# ]
# difficulty = 'advanced'
# tags = ['reusable-function', 'filtering', 'lowpass', 'missing-data']
# edge_cases = { nan = true, why = "the function exists for recordings with NaN dropouts, so edge signals carry them" }
# ///
import numpy as np
from scipy import signal


def lowpass_with_gaps(x, fs, cutoff_hz):
    """Zero-phase low-pass of a signal with NaN gaps.

    Each run of consecutive non-NaN samples is filtered on its own with a
    2nd-order Butterworth low-pass (cutoff `cutoff_hz` Hz, sample rate `fs`)
    applied forward and backward. NaN samples stay NaN; runs shorter than
    10 samples are too short for the forward-backward pass and are copied
    unchanged. Returns a float array of the same length as `x`.
    """
    x = np.asarray(x, dtype=float)
    cleaned = x.copy()
    sos = signal.butter(2, cutoff_hz, fs=fs, output="sos")
    # +1 marks where a run of valid samples starts, -1 where it ends
    steps = np.diff(np.r_[0, ~np.isnan(x), 0].astype(int))
    starts, stops = np.flatnonzero(steps == 1), np.flatnonzero(steps == -1)
    for start, stop in zip(starts, stops, strict=True):
        if stop - start >= 10:
            cleaned[start:stop] = signal.sosfiltfilt(sos, x[start:stop])
    return cleaned


cleaned = lowpass_with_gaps(x, fs, 800.0)
