# /// example
# task = """
# Generate `x`, a 2 s linear chirp from 50 Hz to 400 Hz sampled at `fs` = 2000 Hz. Compute its \
# spectrogram with `scipy.signal.ShortTimeFFT` (symmetric Gaussian window of 256 samples with \
# standard deviation 32 samples, hop 32 samples, PSD scaling) and keep only the frames whose \
# window lies entirely inside the signal (no zero padding): store those spectrogram columns in \
# `inner_spec`, their centre times in seconds in `inner_times`, and in `ridge` each frame's \
# frequency of maximum power."""
# prompt = """
# I want to track the frequency of a chirp over time. Make `x`, a 2-second linear chirp from \
# 50 to 400 Hz at `fs` = `2000` Hz, and take its spectrogram with scipy's `ShortTimeFFT`: a \
# symmetric Gaussian window of `256` samples with a standard deviation of 32 samples, a hop of \
# `32` samples and PSD scaling. Drop the frames at the ends whose window sticks out past the \
# signal (they're contaminated by zero padding) and keep the rest: spectrogram columns in \
# `inner_spec`, frame centre times in seconds in `inner_times`, and the peak frequency of each \
# frame in `ridge`."""
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     'fs == 2000 and len(x) == 2 * 2000 and np.allclose(x, scipy.signal.chirp(np.arange(2 * 2000) / 2000, f0=50, t1=2, f1=400))',
#     # every 32nd sample as a frame centre whose 256-sample window fits: 128 before, 127 after
#     '(lambda c: np.allclose(inner_times, c[(c >= 128) & (c + 127 <= 3999)] / 2000))(np.arange(0, 4000, 32))',
#     'inner_spec.shape == (256 // 2 + 1, len(inner_times))',
#     # PSD scaling: |rFFT of the windowed frame|^2 / (fs * sum(w^2)), here for every frame
#     '(lambda w: np.allclose(inner_spec, np.abs(np.fft.rfft(np.stack([x[c - 128 : c + 128] for c in np.round(inner_times * 2000).astype(int)], axis=1) * w[:, None], axis=0)) ** 2 / (2000 * np.sum(w**2)), rtol=1e-9, atol=1e-12 * inner_spec.max()))(scipy.signal.windows.gaussian(256, std=32))',
#     # the ridge follows the instantaneous frequency 50 + 175 t within one frequency bin
#     'np.all(np.abs(ridge - (50 + 175 * inner_times)) <= 2000 / 256)',
# ]
# difficulty = 'advanced'
# tags = ['time-frequency', 'waveform-generation', 'window-functions']
# requires = { scipy = ">=1.12" }
# ///
import numpy as np
from scipy.signal import ShortTimeFFT, chirp
from scipy.signal.windows import gaussian

fs = 2000.0
t = np.arange(int(2 * fs)) / fs
x = chirp(t, f0=50, t1=2, f1=400, method="linear")

sft = ShortTimeFFT(gaussian(256, std=32), hop=32, fs=fs, scale_to="psd")
spec = sft.spectrogram(x)
# slices before p_lo or from p_hi on overlap the zero padding at the signal's ends
_, p_lo = sft.lower_border_end
_, p_hi = sft.upper_border_begin(len(x))
inner = slice(p_lo - sft.p_min, p_hi - sft.p_min)
inner_spec = spec[:, inner]
inner_times = sft.t(len(x))[inner]
ridge = sft.f[np.argmax(inner_spec, axis=0)]
