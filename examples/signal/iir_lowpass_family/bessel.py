# /// example
# # filter family x order: same 30 Hz low-pass spec, different trade-offs
# task = """
# Design a Bessel low-pass of order 6 with its -3 dB point at 30 Hz (`norm="mag"`) as \
# second-order sections `sos` for data sampled at `fs` Hz, apply it with zero phase to `signal` \
# (store `filtered`), and compute its magnitude response `w` (Hz), `h` on 2048 frequencies with \
# `sosfreqz`."""
# prompt = """
# For `signal` sampled at `fs` Hz I'd like a Bessel low-pass of order 6, normalised so its -3 dB \
# point falls at 30 Hz, in second-order sections `sos`. Apply it with zero phase into `filtered`, \
# and compute its frequency response `w` (Hz), `h` on 2048 frequencies."""
# domain = 'signal_processing'
# libraries = ['scipy.signal']
# inputs = { signal = 'noisy.signal', fs = 'noisy.fs' }
# checks = [
#     'sos.shape == (3, 6)',
#     'filtered.shape == signal.shape',
#     # zero phase: away from the ends the result matches a forward-backward pass of `sos`
#     'np.sqrt(np.mean((filtered - scipy.signal.sosfiltfilt(sos, signal))[len(signal) // 4 : 3 * len(signal) // 4] ** 2)) <= 0.05 * np.std(signal) + 1e-9 * np.abs(signal).max()',
#     'band_power(filtered, fs, 100, fs / 2) <= 0.02 * band_power(signal, fs, 100, fs / 2) + 0.0001 * band_power(signal, fs, 0, fs / 2)',
#     # even-order Chebyshev I / elliptic designs sit at -rp dB at DC (twice that after filtfilt)
#     'band_power(filtered, fs, 0, 8) >= 0.5 * band_power(signal, fs, 0, 8) - 0.0001 * band_power(signal, fs, 0, fs / 2)',
#     'np.isclose(np.abs(h[np.argmin(np.abs(w - 30))]), 10 ** (-3 / 20), atol=0.02)',
#     'np.all(np.diff(np.abs(h)) <= 1e-9)',
# ]
# difficulty = 'intermediate'
# tags = ['filter-design', 'lowpass', 'iir-filter', 'parameter-choice']
# family = 'signal.iir_lowpass_family'
# [edge_cases]
# min_seconds = 0.5
# why = 'the checks read the 0-8 Hz band, which takes periodogram bins (1 / duration) a few times finer than 8 Hz'
# ///
from scipy import signal as sps

# Bessel keeps the group delay nearly flat, so pulses are not distorted by ringing
sos = sps.bessel(6, 30, btype="lowpass", norm="mag", fs=fs, output="sos")
filtered = sps.sosfiltfilt(sos, signal)
w, h = sps.sosfreqz(sos, worN=2048, fs=fs)
