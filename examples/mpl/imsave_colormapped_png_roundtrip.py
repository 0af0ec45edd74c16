# /// example
# task = """
# Save the 2-D array `image` as a colour-mapped PNG into an in-memory buffer with \
# `plt.imsave` (colormap "magma", colour limits at the 2nd and 98th percentiles of `image`), \
# then read the PNG back with `plt.imread` into `png_rgba` (an array of shape (rows, columns, \
# 4) with values in 0..1)."""
# prompt = """
# I need a PNG of my 2-D array `image` without the axes and margins of a figure: colour it with \
# "magma", clip the colours at the 2nd and 98th percentiles of the data, write it to an \
# in-memory buffer with `plt.imsave`, and read it back with `plt.imread` as `png_rgba` so I can \
# check the pixels (shape rows x columns x 4, values 0..1)."""
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = { image = 'image' }
# checks = [
#     'png_rgba.shape == image.shape + (4,)',
#     # each pixel is magma of its value scaled between the percentiles (8-bit rounding)
#     '(lambda lo, hi: np.allclose(png_rgba[..., :3], matplotlib.colormaps["magma"](matplotlib.colors.Normalize(lo, hi)(image))[..., :3], atol=1.5 / 255))(*np.percentile(image, [2, 98]))',
#     'png_rgba.min() >= 0 and png_rgba.max() <= 1',
# ]
# difficulty = 'basic'
# tags = ['figure-export', 'image-plot', 'colormap']
# edge_cases = true
# ///
import io

import matplotlib.pyplot as plt
import numpy as np

low, high = np.percentile(image, [2, 98])
buffer = io.BytesIO()
# imsave writes one pixel per array element, no axes or padding
plt.imsave(buffer, image, cmap="magma", vmin=low, vmax=high, format="png")
buffer.seek(0)
png_rgba = plt.imread(buffer)
