# /// example
# # btype sweep: same windowed-sinc design, band edges halfway between neighbouring known tones
# task = """
# Design a linear-phase FIR highpass filter `taps` with `firwin` (Hamming window, an odd length \
# of about 0.3 s at `fs` Hz) with cutoff `high_edge` (halfway between the known tone frequencies \
# `tones[1]` and `tones[2]`); apply it to `signal` without delay (centred convolution) and store \
# the result in `filtered`."""
# prompt = """
# Using the known tone frequencies `tones` in `signal` (sampled at `fs` Hz), build a linear-phase \
# windowed-sinc FIR high-pass `taps` with a Hamming window and an odd length of about 0.3 s, \
# cutting off at `high_edge`, halfway between `tones[1]` and `tones[2]`. Filter `signal` with it \
# using centred convolution (no delay, same length) and store the output in `filtered`."""
# domain = 'signal_processing'
# libraries = ['scipy.signal']
# inputs = { signal = 'noisy.signal', fs = 'noisy.fs', tones = 'noisy.tones' }
# checks = [
#     'taps.size % 2 == 1 and np.allclose(taps, taps[::-1])',
#     'filtered.shape == signal.shape',
#     'np.isclose(high_edge, (tones[1] + tones[2]) / 2)',
#     'band_power(filtered, fs, tones[2] - 2, tones[2] + 2) >= 0.8 * band_power(signal, fs, tones[2] - 2, tones[2] + 2) - 0.0001 * band_power(signal, fs, 0, fs / 2)',
#     'band_power(filtered, fs, tones[0] - 2, tones[0] + 2) <= 0.05 * band_power(signal, fs, tones[0] - 2, tones[0] + 2) + 0.0001 * band_power(signal, fs, 0, fs / 2)',
#     'band_power(filtered, fs, tones[1] - 2, tones[1] + 2) <= 0.05 * band_power(signal, fs, tones[1] - 2, tones[1] + 2) + 0.0001 * band_power(signal, fs, 0, fs / 2)',
#     # about 0.3 s of taps, designed by firwin's default Hamming window for the cutoff
#     'abs(taps.size - 0.3 * fs) <= 0.015 * fs + 2 and np.allclose(taps, scipy.signal.firwin(taps.size, (tones[1] + tones[2]) / 2, window="hamming", pass_zero=False, fs=fs))',
# ]
# difficulty = 'basic'
# tags = ['filter-design', 'fir-filter', 'highpass', 'parameter-choice']
# family = 'signal.firwin_bands'
# [edge_cases]
# tone_ranges = [[2, 15], [40, 60], [100, 200]]
# noise_only = false
# min_seconds = 0.5
# why = "the band edges come from the tones `tones`, so each is drawn in its own range, at least 25 Hz from its neighbours (twice the 0.3 s filter's transition width), and a pure-noise draw has none; the checks' 4 Hz bands around each tone need periodogram bins (1 / duration) of 2 Hz or finer"
# ///
from scipy import signal as sps

high_edge = (tones[1] + tones[2]) / 2
# odd length: a type I FIR may pass DC and Nyquist, and its delay is a whole sample count
numtaps = 2 * int(0.15 * fs) + 1
taps = sps.firwin(numtaps, high_edge, pass_zero="highpass", fs=fs)
# mode="same" with a symmetric odd-length kernel cancels the (numtaps - 1) / 2 delay
filtered = sps.fftconvolve(signal, taps, mode="same")
