# /// example
# task = """
# `frames` is a stack of grey-scale frames (frames x rows x columns) showing a blob that moves. \
# Remove its own mean from the first and from the last frame, cross-correlate the last frame \
# with the first over every possible 2-D shift (full output), store the correlation map in \
# `xcorr`, and store in `shift` the (row, column) displacement of the last frame relative to the \
# first at the correlation maximum (positive = moved down/right)."""
# prompt = """
# I track a blob through my image stack `frames` (frames x rows x columns). To estimate how far \
# it moved between the first and the last frame, I'd like the full 2-D cross-correlation of the \
# last frame with the first, both with their mean removed, as `xcorr`, and the (row, column) \
# displacement at its peak as `shift` (positive means the blob moved down/right)."""
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { frames = 'frames' }
# checks = [
#     'np.shape(xcorr) == (2 * frames.shape[1] - 1, 2 * frames.shape[2] - 1)',
#     'np.allclose(xcorr, scipy.signal.fftconvolve(frames[-1] - frames[-1].mean(), (frames[0] - frames[0].mean())[::-1, ::-1], mode="full"), rtol=1e-6, atol=1e-9 * float(np.linalg.norm(frames[0] - frames[0].mean()) * np.linalg.norm(frames[-1] - frames[-1].mean())) + 1e-300)',
#     # the reported shift sits on the correlation maximum (ties allowed)
#     'np.isclose(xcorr[shift[0] + frames.shape[1] - 1, shift[1] + frames.shape[2] - 1], np.max(xcorr), rtol=1e-9, atol=1e-9 * max(1e-300, float(np.abs(xcorr).max())))',
# ]
# difficulty = 'intermediate'
# tags = ['correlation', 'time-series']
# edge_cases = true
# ///
import numpy as np
from scipy import signal

first = frames[0] - frames[0].mean()
last = frames[-1] - frames[-1].mean()
xcorr = signal.correlate2d(last, first, mode="full")
peak = np.unravel_index(np.argmax(xcorr), xcorr.shape)
# in the full output, index (rows - 1, cols - 1) is zero displacement
shift = (int(peak[0]) - (first.shape[0] - 1), int(peak[1]) - (first.shape[1] - 1))
