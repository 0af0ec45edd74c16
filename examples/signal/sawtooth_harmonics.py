# /// example
# task = """
# Generate 1 s at `fs` = 1000 Hz of a 10 Hz rising sawtooth `ramp` and a 10 Hz triangle wave \
# `triangle` (`sawtooth` with `width=0.5`), and measure the amplitudes of their first five \
# harmonics from the real FFT into `ramp_harmonics` and `triangle_harmonics`."""
# prompt = """
# Generate 1 s at `fs` = 1000 Hz of a 10 Hz rising sawtooth `ramp` and a 10 Hz triangle wave \
# `triangle` (a symmetric sawtooth, width 0.5), then measure the amplitudes of the first five \
# harmonics of each from the real FFT into `ramp_harmonics` and `triangle_harmonics`."""
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     'len(ramp_harmonics) == len(triangle_harmonics) == 5',
#     # amplitudes: the real-FFT magnitudes at the bins of 10, 20, ... 50 Hz, scaled to read a sine's amplitude
#     'np.allclose(ramp_harmonics, 2 * np.abs(np.fft.rfft(ramp))[np.round(np.arange(1, 6) * 10 * len(ramp) / 1000).astype(int)] / len(ramp), atol=1e-6)',
#     'np.allclose(triangle_harmonics, 2 * np.abs(np.fft.rfft(triangle))[np.round(np.arange(1, 6) * 10 * len(triangle) / 1000).astype(int)] / len(triangle), atol=1e-6)',
#     # sawtooth harmonics fall as 1/n, triangle harmonics as 1/n**2 (odd n only)
#     'np.allclose(ramp_harmonics / ramp_harmonics[0], 1 / np.arange(1, 6), atol=0.02)',
#     'np.allclose(triangle_harmonics / triangle_harmonics[0], [1, 0, 1 / 9, 0, 1 / 25], atol=0.01)',
# ]
# difficulty = 'intermediate'
# tags = ['waveform-generation', 'spectral-analysis', 'fourier-transform']
# ///
import numpy as np
from scipy import signal as sps

fs, f0 = 1000.0, 10.0
t = np.arange(0, 1, 1 / fs)
ramp = sps.sawtooth(2 * np.pi * f0 * t)
# width=0.5 puts the peak halfway through each period: equal rise and fall, a triangle
triangle = sps.sawtooth(2 * np.pi * f0 * t, width=0.5)

freqs = np.fft.rfftfreq(t.size, d=1 / fs)
bins = [np.argmin(np.abs(freqs - k * f0)) for k in range(1, 6)]
# 2 / N scales an rfft magnitude to a sine's amplitude; 1 s holds whole periods, so no leakage
ramp_harmonics = 2 * np.abs(np.fft.rfft(ramp))[bins] / t.size
triangle_harmonics = 2 * np.abs(np.fft.rfft(triangle))[bins] / t.size
