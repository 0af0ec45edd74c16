# /// example
# task = """
# `frames` is a stack of images with shape (n_frames, height, width), one pixel per unit length \
# in both directions. Integrate each frame's intensity over the image plane with the \
# trapezoidal rule along both pixel axes (spacing 1), and store the per-frame totals in \
# `totals` (one value per frame) and the index of the brightest frame in `brightest`."""
# prompt = """
# For my image stack `frames` (frames x rows x columns, unit pixel spacing) I want the \
# integrated intensity of each frame by 2-D trapezoidal integration over rows and columns, as \
# an array `totals`, and the index of the frame with the largest total as `brightest`."""
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = { frames = 'frames' }
# checks = [
#     'np.shape(totals) == (frames.shape[0],)',
#     # trapezoid weights: 1/2 on the edge rows/columns, 1/4 at the corners, 1 inside
#     'np.allclose(totals, [(np.outer(np.r_[0.5, np.ones(frames.shape[1] - 2), 0.5], np.r_[0.5, np.ones(frames.shape[2] - 2), 0.5]) * f).sum() for f in frames])',
#     'totals[brightest] == np.max(totals) and 0 <= brightest < len(frames)',
# ]
# difficulty = 'basic'
# tags = ['quadrature', 'sampled-data', 'multiple-integral']
# edge_cases = true
# ///
import numpy as np
from scipy.integrate import trapezoid

# integrate over columns (last axis) first, then over rows; the frame axis is kept
totals = trapezoid(trapezoid(frames, dx=1.0, axis=2), dx=1.0, axis=1)
brightest = int(np.argmax(totals))
