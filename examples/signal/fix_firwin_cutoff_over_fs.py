# /// example
# task = """
# This code should low-pass the recording `x` (sampled at `fs` Hz) with a 101-tap FIR filter \
# whose cutoff is 1000 Hz, storing the taps in `taps` and the zero-phase filtered signal in \
# `filtered`:
#
# ```python
# from scipy import signal
#
# taps = signal.firwin(101, 1000 / fs)
# filtered = signal.filtfilt(taps, [1.0], x)
# ```
#
# It runs, but the filter's -6 dB point lands at 500 Hz instead of 1000 Hz. Fix it."""
# prompt = """
# I designed a 101-tap FIR low-pass with a 1000 Hz cutoff for my audio `x` (rate `fs`) and \
# applied it forwards and backwards:
#
# ```python
# from scipy import signal
#
# taps = signal.firwin(101, 1000 / fs)
# filtered = signal.filtfilt(taps, [1.0], x)
# ```
#
# Checking `taps` with freqz, the response is already half-way down at 500 Hz. Where does the \
# factor of two come from? I want `taps` and `filtered` with the cutoff really at 1000 Hz."""
# task_type = 'fix'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { x = 'audio.signal', fs = 'audio.fs' }
# checks = [
#     'np.allclose(taps, scipy.signal.firwin(101, 1000, fs=fs))',
#     # a windowed-sinc low-pass is 6 dB down (gain 1/2) at its cutoff
#     'abs(abs(scipy.signal.freqz(taps, worN=[1000.0], fs=fs)[1][0]) - 0.5) < 0.01',
#     'np.allclose(filtered, scipy.signal.filtfilt(scipy.signal.firwin(101, 1000, fs=fs), [1.0], x), rtol=1e-7, atol=1e-9 * max(1.0, float(np.abs(x).max())))',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'filter-design', 'fir-filter', 'lowpass']
# edge_cases = { min_size = 400, why = 'filtfilt pads a 101-tap filter with 303 samples, so the recording is longer than that' }
# ///
from scipy import signal

# without fs, firwin's cutoff is a fraction of Nyquist (fs / 2), not of fs: pass fs and use Hz
taps = signal.firwin(101, 1000, fs=fs)
filtered = signal.filtfilt(taps, [1.0], x)
