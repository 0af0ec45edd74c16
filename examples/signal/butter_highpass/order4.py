# /// example
# task = """
# Design a Butterworth high-pass filter of order 4 with a 20 Hz cutoff for data sampled at `fs` \
# Hz, as second-order sections in `sos`, and apply it causally to `signal` with `sosfilt`; store \
# the output in `highpassed`."""
# prompt = """
# Can you high-pass `signal` (sampled at `fs` Hz) with a 4th-order Butterworth at 20 Hz? Keep the \
# design as second-order sections in `sos`, apply it as an ordinary causal filter (one forward \
# pass), and store the filtered data in `highpassed`."""
# domain = 'signal_processing'
# libraries = ['scipy.signal']
# inputs = { signal = 'noisy.signal', fs = 'noisy.fs' }
# checks = [
#     # the same sections as the design itself: shape (order / 2, 6) and the same response
#     "(lambda ref: sos.shape == ref.shape and np.allclose(np.abs(scipy.signal.sosfreqz(sos, fs=fs)[1]), np.abs(scipy.signal.sosfreqz(ref, fs=fs)[1]), atol=1e-6))(scipy.signal.butter(4, 20, btype='highpass', fs=fs, output='sos'))",
#     'highpassed.shape == signal.shape',
#     # applied causally, in one forward pass of `sos`
#     'np.allclose(highpassed, scipy.signal.sosfilt(sos, signal), rtol=1e-6, atol=1e-9 * np.abs(signal).max())',
#     'band_power(highpassed, fs, 0, 8) <= 0.2 * band_power(signal, fs, 0, 8) + 0.0001 * band_power(signal, fs, 0, fs / 2)',
#     'band_power(highpassed, fs, 40, fs / 2) >= 0.8 * band_power(signal, fs, 40, fs / 2) - 0.0001 * band_power(signal, fs, 0, fs / 2)',
# ]
# difficulty = 'basic'
# tags = ['filter-design', 'highpass', 'parameter-choice']
# family = 'signal.butter_highpass'
# [edge_cases]
# min_seconds = 0.5
# why = "the checks read the 0-8 Hz band, which takes periodogram bins (1 / duration) a few times finer than 8 Hz, and a causal high-pass's start-up transient must be a small part of the record"
# ///
from scipy import signal as sps

# order 4 falls off by 24 dB per octave below 20 Hz, twice the slope of order 2
sos = sps.butter(4, 20, btype="highpass", fs=fs, output="sos")
# sosfilt is causal (one forward pass): usable on live data, but it shifts the phase
highpassed = sps.sosfilt(sos, signal)
