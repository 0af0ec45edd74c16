# /// example
# task = """
# Design an equiripple (Parks-McClellan, `remez`) band-pass FIR `taps` that passes 0.7 to 1.3 \
# times the known tone frequency `tones[1]` and stops below 0.4 and above 1.6 times it (data at \
# `fs` Hz, odd length of about 0.2 s); apply it to `signal` without delay and store the result in \
# `isolated`."""
# prompt = """
# Design an equiripple (Parks-McClellan) band-pass FIR `taps` for data at `fs` Hz that passes 0.7 \
# to 1.3 times the known tone frequency `tones[1]` and stops below 0.4 and above 1.6 times it, \
# with an odd length of about 0.2 s. Apply it to `signal` without delay (centred convolution) and \
# store the result in `isolated`."""
# domain = 'signal_processing'
# libraries = ['scipy.signal']
# inputs = { signal = 'noisy.signal', fs = 'noisy.fs', tones = 'noisy.tones' }
# checks = [
#     'np.allclose(taps, taps[::-1])',
#     'isolated.shape == signal.shape',
#     'abs(dominant_frequency(isolated, fs) - tones[1]) <= 2 * fs / len(signal)',
#     'band_power(isolated, fs, tones[0] - 2, tones[0] + 2) <= 0.01 * band_power(signal, fs, tones[0] - 2, tones[0] + 2) + 0.0001 * band_power(signal, fs, 0, fs / 2)',
#     'band_power(isolated, fs, tones[2] - 2, tones[2] + 2) <= 0.01 * band_power(signal, fs, tones[2] - 2, tones[2] + 2) + 0.0001 * band_power(signal, fs, 0, fs / 2)',
# ]
# difficulty = 'advanced'
# tags = ['filter-design', 'fir-filter', 'bandpass']
# [edge_cases]
# tone_ranges = [[2, 15], [40, 60], [100, 200]]
# noise_only = false
# min_seconds = 0.5
# why = "the pass band is placed around `tones[1]` (drawn in 40-60 Hz, so the other tones stay in the stop bands below 0.4 and above 1.6 times it), and a pure-noise draw has no tones; the checks' 4 Hz bands need periodogram bins (1 / duration) of 2 Hz or finer"
# ///
from scipy import signal as sps

f0 = tones[1]
# edge pairs: stop 0-0.4 f0, pass 0.7-1.3 f0, stop 1.6 f0-Nyquist; the gaps are transition bands
bands = [0, 0.4 * f0, 0.7 * f0, 1.3 * f0, 1.6 * f0, fs / 2]
numtaps = 2 * int(0.1 * fs) + 1
taps = sps.remez(numtaps, bands, desired=[0, 1, 0], fs=fs)
# the symmetric FIR delays by (numtaps - 1) / 2 samples; mode="same" keeps the centred part,
# which cancels that delay
isolated = sps.fftconvolve(signal, taps, mode="same")
