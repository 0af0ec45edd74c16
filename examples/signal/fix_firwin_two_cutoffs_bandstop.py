# /// example
# task = """
# This code should keep the 300-1500 Hz speech band of the recording `x` (sampled at `fs` Hz) \
# with a 101-tap FIR band-pass filter, storing the taps in `taps` and the filtered signal (plain \
# causal convolution with `lfilter`) in `speech`:
#
# ```python
# from scipy import signal
#
# taps = signal.firwin(101, [300, 1500], fs=fs)
# speech = signal.lfilter(taps, 1.0, x)
# ```
#
# It runs, but the result keeps the low rumble and removes the voice band instead. Fix it."""
# prompt = """
# I want to band-pass my audio `x` (rate `fs`) to the 300-1500 Hz voice band with a 101-tap FIR \
# filter (`taps`), applied with `lfilter`, giving `speech`:
#
# ```python
# from scipy import signal
#
# taps = signal.firwin(101, [300, 1500], fs=fs)
# speech = signal.lfilter(taps, 1.0, x)
# ```
#
# But the output sounds like everything *except* the voice band. What did I get wrong?"""
# task_type = 'fix'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { x = 'audio.signal', fs = 'audio.fs' }
# checks = [
#     'np.allclose(taps, scipy.signal.firwin(101, [300, 1500], pass_zero="bandpass", fs=fs))',
#     # a band-pass blocks DC and passes the band centre
#     'abs(np.sum(taps)) < 0.01 and abs(abs(scipy.signal.freqz(taps, worN=[900.0], fs=fs)[1][0]) - 1) < 0.01',
#     'np.allclose(speech, scipy.signal.lfilter(scipy.signal.firwin(101, [300, 1500], pass_zero=False, fs=fs), 1.0, x), rtol=1e-7, atol=1e-9 * max(1.0, float(np.abs(x).max())))',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'filter-design', 'fir-filter', 'bandpass']
# edge_cases = true
# ///
from scipy import signal

# with two cutoffs firwin defaults to pass_zero=True, i.e. a band-stop; ask for the band-pass
taps = signal.firwin(101, [300, 1500], pass_zero="bandpass", fs=fs)
speech = signal.lfilter(taps, 1.0, x)
