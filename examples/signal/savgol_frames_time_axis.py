# /// example
# task = """
# Smooth the image stack `frames` (time, rows, columns) along time only, pixel by pixel, with a \
# Savitzky-Golay filter of window 5 and polynomial order 2, and store the result (same shape) in \
# `smoothed`."""
# prompt = """
# My movie `frames` (frames x height x width) is noisy from frame to frame. I'd like each pixel's \
# time series smoothed with Savitzky-Golay (window 5, quadratic) without mixing neighbouring \
# pixels, same shape, as `smoothed`."""
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { frames = 'frames' }
# checks = [
#     'np.shape(smoothed) == np.shape(frames)',
#     # away from the ends each frame is the 5-point Savitzky-Golay combination of its neighbours in time
#     'np.allclose(smoothed[2:-2], np.tensordot(scipy.signal.savgol_coeffs(5, 2), np.lib.stride_tricks.sliding_window_view(frames, 5, axis=0), axes=([0], [3])), atol=1e-9 * (1 + np.abs(frames).max()))',
#     'np.allclose(smoothed, scipy.signal.savgol_filter(frames, 5, 2, axis=0), atol=1e-9 * (1 + np.abs(frames).max()))',
# ]
# difficulty = 'intermediate'
# tags = ['smoothing', 'time-series']
# [edge_cases]
# min_size = 5
# why = 'a 5-frame window needs at least 5 frames'
# ///
from scipy import signal

# axis=0 is time: each pixel's series is smoothed on its own
smoothed = signal.savgol_filter(frames, window_length=5, polyorder=2, axis=0)
