# /// example
# task = """
# Blur the 2-D array `image` with a normalised Gaussian kernel of standard deviation 2 pixels, \
# truncated to 13 x 13 pixels (offsets -6 to 6), using FFT convolution. Keep the output the size \
# of `image`, with zeros assumed outside it, and store it in `blurred`; store the kernel in \
# `kernel`."""
# prompt = """
# Please blur my `image` with a Gaussian kernel (sigma 2 pixels, 13 x 13, i.e. offsets -6..6, \
# normalised to sum 1) using FFT-based convolution, same size as the input and zero padding \
# outside, into `blurred`; keep the kernel in `kernel`."""
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { image = 'image' }
# checks = [
#     'np.shape(kernel) == (13, 13) and np.isclose(np.sum(kernel), 1)',
#     'np.allclose(kernel, np.outer(np.exp(-np.arange(-6, 7) ** 2 / 8), np.exp(-np.arange(-6, 7) ** 2 / 8)) / np.exp(-np.arange(-6, 7) ** 2 / 8).sum() ** 2)',
#     'np.shape(blurred) == np.shape(image)',
#     # direct convolution with zero padding gives the same image
#     'np.allclose(blurred, scipy.ndimage.convolve(image.astype(float), np.outer(np.exp(-np.arange(-6, 7) ** 2 / 8), np.exp(-np.arange(-6, 7) ** 2 / 8)) / np.exp(-np.arange(-6, 7) ** 2 / 8).sum() ** 2, mode="constant", cval=0.0), atol=1e-9 * (1 + np.abs(image).max()))',
# ]
# difficulty = 'intermediate'
# tags = ['smoothing', 'filtering', 'fourier-transform']
# edge_cases = true
# ///
import numpy as np
from scipy import signal

offsets = np.arange(-6, 7)
profile = np.exp(-(offsets**2) / (2 * 2.0**2))
kernel = np.outer(profile, profile)
kernel /= kernel.sum()
# mode="same" keeps the image size; outside the image counts as zero
blurred = signal.fftconvolve(image, kernel, mode="same")
