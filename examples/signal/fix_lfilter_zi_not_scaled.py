# /// example
# task = """
# This code should smooth the daily temperatures of `weather` with a 2nd-order Butterworth \
# low-pass (cutoff 1/30 cycles per day, one sample per day), starting the filter in steady \
# state at the first temperature so there is no start-up transient, and store the result in \
# `smooth`:
#
# ```python
# from scipy import signal
#
# temps = weather["temperature"].to_numpy()
# b, a = signal.butter(2, 1 / 30, fs=1.0)
# smooth, _ = signal.lfilter(b, a, temps, zi=signal.lfilter_zi(b, a))
# ```
#
# It runs, but `smooth` still starts far from the first temperature and climbs up to it. Fix it."""
# prompt = """
# I'm smoothing the daily `temperature` column of `weather` with a 2nd-order Butterworth \
# low-pass at 1/30 cycles per day (fs = 1 per day) into `smooth`, and I used `lfilter_zi` so it \
# starts in steady state:
#
# ```python
# from scipy import signal
#
# temps = weather["temperature"].to_numpy()
# b, a = signal.butter(2, 1 / 30, fs=1.0)
# smooth, _ = signal.lfilter(b, a, temps, zi=signal.lfilter_zi(b, a))
# ```
#
# Yet the first weeks of `smooth` still ramp up from about 1 degree to the real temperature. \
# What's wrong?"""
# task_type = 'fix'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'pandas']
# inputs = { weather = 'weather' }
# checks = [
#     'np.shape(smooth) == (len(weather),)',
#     'np.allclose(smooth, scipy.signal.lfilter(*scipy.signal.butter(2, 1 / 30, fs=1.0), weather["temperature"].to_numpy(), zi=scipy.signal.lfilter_zi(*scipy.signal.butter(2, 1 / 30, fs=1.0)) * weather["temperature"].to_numpy()[0])[0], rtol=1e-7, atol=1e-9 * max(1.0, float(weather["temperature"].abs().max())))',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'filtering', 'iir-filter', 'lowpass', 'time-series']
# edge_cases = true
# ///
from scipy import signal

temps = weather["temperature"].to_numpy()
b, a = signal.butter(2, 1 / 30, fs=1.0)
# lfilter_zi is the steady state for a unit step: scale it by the first sample
zi = signal.lfilter_zi(b, a) * temps[0]
smooth, _ = signal.lfilter(b, a, temps, zi=zi)
