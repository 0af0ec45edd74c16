# /// example
# task = """
# This code should find the peaks of `recording` (sampled at `fs` Hz) that are higher than 0.5 \
# and at least 0.15 s apart, storing their sample indices in `peaks` and their times in seconds \
# in `peak_times`, but it raises an error:
#
# ```python
# from scipy import signal
#
# peaks, properties = signal.find_peaks(recording, height=0.5, distance=0.15)
# peak_times = peaks / fs
# ```
#
# ```text
# ValueError: `distance` must be greater or equal to 1
# ```
#
# Fix it."""
# prompt = """
# I need the peaks of my recording `recording` (sample rate `fs` Hz) that rise above 0.5 and are \
# at least 0.15 s apart: their indices in `peaks` and their times in seconds in `peak_times`:
#
# ```python
# from scipy import signal
#
# peaks, properties = signal.find_peaks(recording, height=0.5, distance=0.15)
# peak_times = peaks / fs
# ```
#
# It fails with
#
# ```text
# ValueError: `distance` must be greater or equal to 1
# ```
#
# but 0.15 s is what I want. How do I say that?"""
# task_type = 'fix'
# domain = 'signal_processing'
# libraries = ['scipy.signal']
# inputs = { recording = 'noisy.signal', fs = 'noisy.fs' }
# checks = [
#     'np.array_equal(peaks, scipy.signal.find_peaks(recording, height=0.5, distance=0.15 * fs)[0])',
#     'np.all(np.diff(peaks) >= 0.15 * fs) and np.all(recording[peaks] > 0.5)',
#     'np.allclose(peak_times, peaks / fs)',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'peak-detection']
# edge_cases = true
# ///
from scipy import signal

# distance counts samples, not seconds: 0.15 s is 0.15 * fs samples
peaks, properties = signal.find_peaks(recording, height=0.5, distance=0.15 * fs)
peak_times = peaks / fs
