# /// example
# task = """
# This loop smooths every spectrum (row) of `absorbance` by convolving it with a normalised \
# 15-tap Gaussian kernel (standard deviation 3 samples), keeping the length of each spectrum, into \
# `smoothed`:
#
# ```python
# import numpy as np
#
# taps = np.arange(-7, 8)
# kernel = np.exp(-0.5 * (taps / 3) ** 2)
# kernel /= kernel.sum()
# smoothed = np.empty_like(absorbance)
# for i, spectrum in enumerate(absorbance):
#     smoothed[i] = np.convolve(spectrum, kernel, mode="same")
# ```
#
# Replace the loop with one FFT convolution of all rows along axis 1 \
# (`scipy.signal.fftconvolve`), run inside `scipy.fft.set_workers` so the transforms use all CPU \
# cores, giving the same `smoothed`."""
# prompt = """
# I smooth each absorbance spectrum (the rows of `absorbance`) with a 15-tap Gaussian kernel \
# (sd 3 samples, normalised to sum 1), same length out, into `smoothed`:
#
# ```python
# import numpy as np
#
# taps = np.arange(-7, 8)
# kernel = np.exp(-0.5 * (taps / 3) ** 2)
# kernel /= kernel.sum()
# smoothed = np.empty_like(absorbance)
# for i, spectrum in enumerate(absorbance):
#     smoothed[i] = np.convolve(spectrum, kernel, mode="same")
# ```
#
# Can I convolve all the rows at once with scipy's FFT convolution, and make scipy.fft use every \
# core for it with `set_workers`?"""
# task_type = 'performance'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'scipy.fft', 'numpy']
# inputs = { absorbance = 'spectra.absorbance' }
# checks = [
#     'smoothed.shape == absorbance.shape',
#     # direct convolution, centred and cut to each spectrum's length (np.convolve's "same" for
#     # spectra at least as long as the kernel)
#     '''np.allclose(
#         smoothed,
#         [scipy.signal.convolve(row, np.exp(-0.5 * (np.arange(-7, 8) / 3) ** 2) / np.exp(-0.5 * (np.arange(-7, 8) / 3) ** 2).sum(), mode="same", method="direct") for row in absorbance],
#         rtol=1e-9, atol=1e-9 * (1 + np.abs(absorbance).max()),
#     )''',
# ]
# difficulty = 'intermediate'
# tags = ['vectorization', 'parallelism', 'smoothing', 'filtering']
# [edge_cases]
# nan = false
# why = 'an FFT convolution spreads a missing value over its whole spectrum, unlike direct convolution'
# ///
import numpy as np
import scipy.fft
from scipy.signal import fftconvolve

taps = np.arange(-7, 8)
kernel = np.exp(-0.5 * (taps / 3) ** 2)
kernel /= kernel.sum()

# set_workers makes every scipy.fft call in the block (fftconvolve's included) use all cores;
# axes=1 convolves each row with the kernel, given as a 1-row 2-D array
with scipy.fft.set_workers(workers=-1):
    smoothed = fftconvolve(absorbance, kernel[np.newaxis, :], mode="same", axes=1)
