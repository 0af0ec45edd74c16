# /// example
# task = """
# The channel `y` (sampled at `fs` Hz) wanders slowly. Remove a separate least-squares straight \
# line from each consecutive 2-second block (the last block may be shorter), in one call, and \
# store the result in `flattened` (same length as `y`)."""
# prompt = """
# My channel `y` (rate `fs`) drifts, and one straight line over the whole record doesn't take \
# the wander out. I'd like to fit and subtract a separate line in every consecutive 2 s block \
# (the last one can be shorter) and get `flattened`, the same length as `y`. Is there a way \
# without looping over the blocks myself?"""
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { y = 'stereo.y', fs = 'stereo.fs' }
# checks = [
#     'np.shape(flattened) == np.shape(y)',
#     # each 2 s block minus its own least-squares line
#     'np.allclose(flattened, np.concatenate([seg - np.column_stack([np.arange(len(seg)), np.ones(len(seg))]) @ np.linalg.lstsq(np.column_stack([np.arange(len(seg)), np.ones(len(seg))]), seg, rcond=None)[0] for seg in np.split(y, np.arange(round(2 * fs), len(y), round(2 * fs)))]), rtol=1e-6, atol=1e-7 * max(1.0, float(np.abs(y).max())))',
# ]
# difficulty = 'intermediate'
# tags = ['trend', 'filtering']
# edge_cases = true
# ///
import numpy as np
from scipy import signal

block = round(2 * fs)
# bp lists the indices where a new block (and a new independent line fit) begins
breakpoints = np.arange(block, len(y), block)
flattened = signal.detrend(y, type="linear", bp=breakpoints)
