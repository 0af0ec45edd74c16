# /// example
# task = """
# Build the 8 samples below (taken at 8 Hz) as the array `samples` and compute their one-sided \
# discrete Fourier transform: store the frequencies of the bins (Hz) in `freqs` and the magnitude \
# of each bin in `magnitude`; rounded to 4 decimals the magnitudes print as shown.
#
# ```text
# samples = [0.0, 2.0, 1.0, 3.0, 0.0, 1.0, 0.0, -1.0]   (fs = 8 Hz)
# ```
#
# Wanted:
#
# ```text
# freqs     = [0. 1. 2. 3. 4.]
# magnitude = [6.     5.0071 1.4142 3.3059 4.    ]
# ```"""
# prompt = """
# For these 8 `samples` taken at 8 Hz, what are the FFT bin frequencies `freqs` and magnitudes \
# `magnitude`, only the non-negative half of the spectrum?
#
# ```text
# samples = [0.0, 2.0, 1.0, 3.0, 0.0, 1.0, 0.0, -1.0]   (fs = 8 Hz)
# ```
#
# I expect
#
# ```text
# freqs     = [0. 1. 2. 3. 4.]
# magnitude = [6.     5.0071 1.4142 3.3059 4.    ]
# ```"""
# task_type = 'input-output'
# domain = 'signal_processing'
# libraries = ['scipy.fft', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(freqs, [0, 1, 2, 3, 4])',
#     'np.allclose(magnitude, [6.0, 5.0071, 1.4142, 3.3059, 4.0], atol=5e-5)',
#     # bin 0 is the plain sum of the samples and the last bin the alternating sum
#     'np.isclose(magnitude[0], abs(np.sum(samples))) and np.isclose(magnitude[-1], abs(np.sum(np.asarray(samples) * (-1.0) ** np.arange(8))))',
#     'list(samples) == [0.0, 2.0, 1.0, 3.0, 0.0, 1.0, 0.0, -1.0]',
# ]
# difficulty = 'basic'
# tags = ['fourier-transform', 'spectral-analysis']
# ///
import numpy as np
from scipy import fft

fs = 8.0
samples = np.array([0.0, 2.0, 1.0, 3.0, 0.0, 1.0, 0.0, -1.0])

# rfft keeps the n // 2 + 1 non-negative frequency bins of a real signal
spectrum = fft.rfft(samples)
freqs = fft.rfftfreq(len(samples), d=1 / fs)
magnitude = np.abs(spectrum)
