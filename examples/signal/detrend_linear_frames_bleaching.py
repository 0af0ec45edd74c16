# /// example
# task = """
# The image stack `frames` (time, rows, columns) fades slowly over time. Remove a straight-line \
# trend in time from every pixel independently (least-squares line through that pixel's values \
# over the frames) and store the result, same shape, in `corrected`."""
# prompt = """
# My movie `frames` (frames x height x width) has photobleaching: every pixel drifts down slowly \
# over time. I'd like to subtract, for each pixel separately, its least-squares linear trend \
# over the frames, keeping the shape, as `corrected`."""
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { frames = 'frames' }
# checks = [
#     'np.shape(corrected) == np.shape(frames)',
#     # residuals of a per-pixel straight-line fit over the frame index
#     'np.allclose(corrected, frames - np.einsum("tk,kp->tp", np.vander(np.arange(len(frames)), 2), np.linalg.lstsq(np.vander(np.arange(len(frames)), 2), frames.reshape(len(frames), -1), rcond=None)[0]).reshape(frames.shape), atol=1e-8 * (1 + np.abs(frames).max()))',
#     'np.allclose(corrected.mean(axis=0), 0, atol=1e-8 * (1 + np.abs(frames).max()))',
# ]
# difficulty = 'intermediate'
# tags = ['trend']
# [edge_cases]
# min_size = 2
# why = 'a straight line in time needs at least 2 frames'
# ///
from scipy import signal

# axis=0 is time: each pixel's series gets its own least-squares line removed
corrected = signal.detrend(frames, axis=0, type="linear")
