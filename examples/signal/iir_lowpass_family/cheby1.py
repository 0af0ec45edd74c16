# /// example
# # filter family x order: same 30 Hz low-pass spec, different trade-offs
# task = """
# Design a Chebyshev type I low-pass of order 4 with 1 dB passband ripple and a 30 Hz passband \
# edge as second-order sections `sos` for data sampled at `fs` Hz, apply it with zero phase to \
# `signal` (store `filtered`), and compute its magnitude response `w` (Hz), `h` on 2048 \
# frequencies with `sosfreqz`."""
# prompt = """
# Please design a 4th-order Chebyshev type I low-pass with 1 dB passband ripple and a 30 Hz \
# passband edge for data at `fs` Hz, as second-order sections `sos`. Filter `signal` with it \
# forward-backward (zero phase) into `filtered`, and give me its frequency response `w` in Hz and \
# `h` on 2048 frequencies."""
# domain = 'signal_processing'
# libraries = ['scipy.signal']
# inputs = { signal = 'noisy.signal', fs = 'noisy.fs' }
# checks = [
#     "sos.shape == scipy.signal.cheby1(4, 1, 30, btype='lowpass', fs=fs, output='sos').shape",
#     'filtered.shape == signal.shape',
#     # zero phase: away from the ends the result matches a forward-backward pass of `sos`
#     'np.sqrt(np.mean((filtered - scipy.signal.sosfiltfilt(sos, signal))[len(signal) // 4 : 3 * len(signal) // 4] ** 2)) <= 0.05 * np.std(signal) + 1e-9 * np.abs(signal).max()',
#     'band_power(filtered, fs, 100, fs / 2) <= 0.02 * band_power(signal, fs, 100, fs / 2) + 0.0001 * band_power(signal, fs, 0, fs / 2)',
#     # even-order Chebyshev I / elliptic designs sit at -rp dB at DC (twice that after filtfilt)
#     'band_power(filtered, fs, 0, 8) >= 0.5 * band_power(signal, fs, 0, 8) - 0.0001 * band_power(signal, fs, 0, fs / 2)',
#     'np.isclose(np.abs(h).max(), 1, atol=1e-3)',
#     'np.abs(h[w <= 30]).min() > 10 ** (-1 / 20) - 1e-3',
# ]
# difficulty = 'intermediate'
# tags = ['filter-design', 'lowpass', 'iir-filter', 'parameter-choice']
# family = 'signal.iir_lowpass_family'
# [edge_cases]
# min_seconds = 0.5
# why = 'the checks read the 0-8 Hz band, which takes periodogram bins (1 / duration) a few times finer than 8 Hz'
# ///
from scipy import signal as sps

# ripple in the passband buys a steeper roll-off than Butterworth
sos = sps.cheby1(4, 1, 30, btype="lowpass", fs=fs, output="sos")
filtered = sps.sosfiltfilt(sos, signal)
w, h = sps.sosfreqz(sos, worN=2048, fs=fs)
