# /// example
# task = """
# Smooth `signal` (sampled at `fs` Hz) with a causal 3rd-order Butterworth low-pass at 20 Hz in \
# (b, a) form using `lfilter`, starting the filter in steady state at the first sample \
# (`lfilter_zi`) so the output has no start-up transient; store it in `smoothed`."""
# prompt = """
# Smooth `signal` (sampled at `fs` Hz) with a causal 3rd-order Butterworth low-pass at 20 Hz in \
# (b, a) form, but start the filter in steady state at the first sample so there's no start-up \
# transient (the output should begin at the first input value). Store it in `smoothed`."""
# domain = 'signal_processing'
# libraries = ['scipy.signal']
# inputs = { signal = 'noisy.signal', fs = 'noisy.fs' }
# checks = [
#     'smoothed.shape == signal.shape',
#     'np.isclose(smoothed[0], signal[0])',
#     'band_power(smoothed, fs, 100, fs / 2) <= 0.05 * band_power(signal, fs, 100, fs / 2) + 0.0001 * band_power(signal, fs, 0, fs / 2)',
#     # the output of the 3rd-order 20 Hz Butterworth the task names, started in steady state
#     'np.allclose(smoothed, (lambda b, a: scipy.signal.lfilter(b, a, signal, zi=scipy.signal.lfilter_zi(b, a) * signal[0])[0])(*scipy.signal.butter(3, 20, fs=fs)))',
# ]
# difficulty = 'intermediate'
# tags = ['filter-design', 'filtering']
# edge_cases = true
# ///
from scipy import signal as sps

b, a = sps.butter(3, 20, fs=fs)
# lfilter_zi is the state for a unit step; scale it to the first sample
zi = sps.lfilter_zi(b, a) * signal[0]
smoothed, _ = sps.lfilter(b, a, signal, zi=zi)
