# /// example
# task = '''
# Write a function `lowpass_columns` with the signature and docstring below. Apply it to the \
# daily table `sensor` with a cutoff of 0.1 cycles per day (fs = 1) and store the result in \
# `smoothed`.
#
# ```python
# def lowpass_columns(frame, cutoff, fs, order=2):
#     """Zero-phase Butterworth low-pass (second-order sections, forward and
#     backward) of every column of the DataFrame `frame`, whose rows are
#     equally spaced samples at rate fs. Returns a DataFrame with the same
#     index and columns. Raises ValueError unless 0 < cutoff < fs / 2.
#     """
# ```'''
# prompt = """
# Please write `lowpass_columns(frame, cutoff, fs, order=2)`: a zero-phase Butterworth low-pass \
# (sos, forward-backward) applied to each column of a DataFrame whose rows are evenly spaced at \
# rate fs, returning a DataFrame with the same index and columns, and raising ValueError unless \
# 0 < cutoff < fs / 2. Use it on my daily `sensor` table with cutoff 0.1 per day (fs 1) into \
# `smoothed`."""
# task_type = 'function'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'pandas', 'numpy']
# inputs = { sensor = 'sensor' }
# checks = [
#     # a constant column passes through, an alternation at the Nyquist frequency is removed away from the ends
#     'np.allclose(lowpass_columns(pd.DataFrame({"a": np.full(40, 3.0), "b": np.tile([1.0, -1.0], 20)}), 0.1, 1.0)["a"].to_numpy(), 3.0)',
#     'np.max(np.abs(lowpass_columns(pd.DataFrame({"a": np.full(40, 3.0), "b": np.tile([1.0, -1.0], 20)}), 0.1, 1.0)["b"].to_numpy()[10:30])) < 0.05',
#     'lowpass_columns(pd.DataFrame({"x": np.arange(30.0)}, index=pd.RangeIndex(10, 40)), 5.0, 100.0).index.equals(pd.RangeIndex(10, 40))',
#     'np.allclose(lowpass_columns(pd.DataFrame({"u": np.sin(np.arange(60) / 2.0)}), 2.0, 20.0, order=4)["u"].to_numpy(), scipy.signal.sosfiltfilt(scipy.signal.butter(4, 2.0, fs=20.0, output="sos"), np.sin(np.arange(60) / 2.0)))',
#     '__import__("unittest").TestCase().assertRaises(ValueError, lowpass_columns, pd.DataFrame({"a": np.ones(30)}), 0.5, 1.0) is None',
#     'isinstance(smoothed, pd.DataFrame) and smoothed.index.equals(sensor.index) and list(smoothed.columns) == list(sensor.columns)',
#     'all(np.allclose(smoothed[c].to_numpy(), scipy.signal.sosfiltfilt(scipy.signal.butter(2, 0.1, fs=1.0, output="sos"), sensor[c].to_numpy(dtype=float)), atol=1e-9 * (1 + np.abs(sensor[c].to_numpy(dtype=float)).max())) for c in sensor.columns)',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'filtering', 'lowpass', 'column-wise', 'validation']
# [edge_cases]
# min_size = 10
# why = 'the forward-backward 2nd-order filter pads each end with 9 samples, so a column needs at least 10 days'
# ///
import pandas as pd
from scipy import signal


def lowpass_columns(frame, cutoff, fs, order=2):
    """Zero-phase Butterworth low-pass (second-order sections, forward and
    backward) of every column of the DataFrame `frame`, whose rows are
    equally spaced samples at rate fs. Returns a DataFrame with the same
    index and columns. Raises ValueError unless 0 < cutoff < fs / 2.
    """
    if not 0 < cutoff < fs / 2:
        raise ValueError(f"cutoff must lie in (0, {fs / 2}), got {cutoff}")
    sos = signal.butter(order, cutoff, fs=fs, output="sos")
    # rows are time: filter along axis 0, every column at once
    values = signal.sosfiltfilt(sos, frame.to_numpy(dtype=float), axis=0)
    return pd.DataFrame(values, index=frame.index, columns=frame.columns)


smoothed = lowpass_columns(sensor, 0.1, 1.0)
