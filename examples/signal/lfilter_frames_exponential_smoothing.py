# /// example
# task = """
# Smooth the image stack `frames` (time, rows, columns) over time with a recursive exponential \
# filter, pixel by pixel: out[t] = 0.3 frames[t] + 0.7 out[t-1], starting from out[0] = \
# frames[0] (as if the first frame had always been there). Use `lfilter` along the time axis \
# with an initial state so the first frame passes unchanged, and store the result in `smoothed`."""
# prompt = """
# I want a cheap temporal denoiser for my movie `frames` (frames x height x width): the \
# exponential moving average out[t] = 0.3 frame[t] + 0.7 out[t-1] for every pixel, starting at \
# the first frame (out[0] = frames[0]). Please use lfilter along time with the right initial \
# condition and return `smoothed` with the same shape."""
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { frames = 'frames' }
# checks = [
#     'np.shape(smoothed) == np.shape(frames)',
#     'np.allclose(smoothed[0], frames[0])',
#     # the recursion holds for every later frame
#     'np.allclose(smoothed[1:], 0.3 * frames[1:] + 0.7 * smoothed[:-1], atol=1e-9 * (1 + np.abs(frames).max()))',
# ]
# difficulty = 'intermediate'
# tags = ['smoothing', 'filtering', 'iir-filter']
# edge_cases = true
# ///
from scipy import signal

b, a = [0.3], [1.0, -0.7]
# zi = 0.7 * frames[0] makes the first output 0.3 frames[0] + 0.7 frames[0] = frames[0]
initial_state = 0.7 * frames[:1]
smoothed, _ = signal.lfilter(b, a, frames, axis=0, zi=initial_state)
