# /// example
# task = """
# Compute the short-time Fourier transform of `signal` (sampled at `fs` Hz) with \
# `scipy.signal.ShortTimeFFT`, using a periodic Hann window of 256 samples (the whole signal if it \
# is shorter), a hop of a quarter window and magnitude scaling (each frame's FFT divided by the \
# window's sum). Store the absolute values in `magnitude` (frequency bins by frames), the bin \
# frequencies in `freqs`, the frame centre times in seconds in `times`, and for each frame the \
# frequency of its largest bin in `peak_freqs`."""
# prompt = """
# I want a time-frequency picture of `signal`, sampled at `fs` Hz, using scipy's new \
# `ShortTimeFFT` class: periodic Hann window of 256 samples (or the whole signal if it's \
# shorter), hop of a quarter window, scaled so a frame's FFT is divided by the window sum \
# (magnitude scaling). Give me `magnitude` (|STFT|, frequency bins by frames), the bin \
# frequencies `freqs`, the frame centre times in seconds `times`, and `peak_freqs`, the \
# frequency of the strongest bin in each frame."""
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { signal = 'noisy.signal', fs = 'noisy.fs' }
# checks = [
#     'np.allclose(freqs, np.fft.rfftfreq(min(256, len(signal)), d=1 / fs))',
#     'magnitude.shape == (len(freqs), len(times))',
#     # frames are a quarter window apart and the first and last ones overhang the signal's ends
#     'np.allclose(np.diff(times), (min(256, len(signal)) // 4) / fs)',
#     'times[0] <= 0 and times[-1] >= (len(signal) - 1) / fs',
#     # each column is the rFFT of the Hann-windowed samples centred on its frame time (zeros outside)
#     '(lambda m, w, xp: np.allclose(magnitude, np.abs(np.fft.rfft(np.stack([xp[c : c + m] for c in np.round(times * fs).astype(int) - m // 2 + 2 * m], axis=1) * w[:, None], axis=0)) / w.sum(), atol=1e-9 * np.abs(signal).max()))(min(256, len(signal)), scipy.signal.windows.hann(min(256, len(signal)), sym=False), np.pad(signal, 2 * min(256, len(signal))))',
#     'np.array_equal(peak_freqs, freqs[np.argmax(magnitude, axis=0)])',
# ]
# difficulty = 'intermediate'
# tags = ['time-frequency', 'window-functions', 'fourier-transform']
# requires = { scipy = ">=1.12" }
# edge_cases = true
# ///
import numpy as np
from scipy.signal import ShortTimeFFT
from scipy.signal.windows import hann

nperseg = min(256, len(signal))
# sym=False gives the periodic Hann window used for spectral analysis
stft = ShortTimeFFT(hann(nperseg, sym=False), hop=nperseg // 4, fs=fs, scale_to="magnitude")
magnitude = np.abs(stft.stft(signal))
freqs = stft.f
times = stft.t(len(signal))
peak_freqs = freqs[np.argmax(magnitude, axis=0)]
