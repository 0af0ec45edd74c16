# /// example
# task = """
# Compress every frame of the image stack `frames` (frames x rows x columns) the way JPEG does, \
# without the blocks: take the orthonormal 2-D DCT-II of each frame with `scipy.fft.dctn` over the \
# last two axes on all CPU cores, keep in each frame only its 10% largest-magnitude coefficients \
# (those at or above the frame's 90th percentile of absolute values) and zero the rest, then \
# transform back with `scipy.fft.idctn`; store the reconstruction in `reconstructed` and each \
# frame's relative error `||frame - reconstruction|| / ||frame||` in `relative_error` (0 for an \
# all-zero frame, which the transform keeps exactly)."""
# prompt = """
# I want to see how well a DCT keeps my image stack `frames`: for each frame, take the 2-D DCT \
# (type II, norm="ortho") with scipy.fft over the image axes using all cores, keep only the \
# coefficients whose magnitude is at or above that frame's 90th percentile of magnitudes, zero the \
# others, and invert. Put the reconstructed stack in `reconstructed` and each frame's relative \
# error (norm of the difference over norm of the frame; 0 for an all-zero frame) in \
# `relative_error`."""
# domain = 'signal_processing'
# libraries = ['scipy.fft', 'numpy']
# inputs = { frames = 'frames' }
# checks = [
#     'reconstructed.shape == frames.shape and relative_error.shape == (len(frames),)',
#     '''np.allclose(reconstructed, np.stack([
#         scipy.fft.idctn(np.where(np.abs(c) >= np.percentile(np.abs(c), 90), c, 0.0), norm="ortho")
#         for c in (scipy.fft.dctn(frame, norm="ortho") for frame in frames)
#     ]), atol=1e-9 * (1 + np.abs(frames).max()))''',
#     '''np.allclose(relative_error, [
#         np.linalg.norm(f - r) / np.linalg.norm(f) if np.linalg.norm(f) > 0 else 0.0
#         for f, r in zip(frames, reconstructed)
#     ], atol=1e-9)''',
# ]
# difficulty = 'intermediate'
# tags = ['parallelism', 'fourier-transform']
# [edge_cases]
# nan = false
# why = 'a transform of a frame with a missing pixel is missing everywhere'
# ///
import numpy as np
from scipy import fft

# the orthonormal DCT keeps energy, so zeroing small coefficients loses only their energy;
# workers=-1 transforms the frames on all cores
coefficients = fft.dctn(frames, axes=(1, 2), norm="ortho", workers=-1)
magnitude = np.abs(coefficients)
threshold = np.percentile(magnitude, 90, axis=(1, 2), keepdims=True)
kept = np.where(magnitude >= threshold, coefficients, 0.0)
reconstructed = fft.idctn(kept, axes=(1, 2), norm="ortho", workers=-1)

frame_norm = np.linalg.norm(frames, axis=(1, 2))
error_norm = np.linalg.norm(frames - reconstructed, axis=(1, 2))
# an all-zero frame is reconstructed exactly: its error is 0, not 0 / 0
relative_error = np.divide(
    error_norm, frame_norm, out=np.zeros_like(error_norm), where=frame_norm > 0
)
