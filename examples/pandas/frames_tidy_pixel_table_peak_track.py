# /// example
# task = """
# The image stack `frames` (a NumPy array, frames x rows x columns) shows a moving blob. Build a \
# tidy DataFrame `pixels` with one row per pixel and the columns `frame`, `y`, `x` (integer \
# positions) and `value`, then find for each frame the pixel with the highest value (the first \
# one in row-major order on ties): store in `track` a DataFrame indexed by `frame` with the \
# columns `y` and `x` of that pixel."""
# prompt = """
# I want to track a blob through my image stack `frames` (shape frames x height x width) with \
# pandas. Could you first turn it into a long table `pixels` (`frame`, `y`, `x`, `value`, one row \
# per pixel) and then take, per frame, the position of the brightest pixel (first one if tied, \
# scanning rows then columns) as `track`, indexed by `frame` with columns `y` and `x`?"""
# domain = 'data_processing'
# libraries = ['pandas', 'numpy']
# inputs = { frames = 'frames' }
# checks = [
#     'len(pixels) == frames.size and np.allclose(pixels.sort_values(["frame", "y", "x"])["value"].to_numpy(dtype=float), frames.ravel())',
#     'list(track.index) == list(range(frames.shape[0])) and track[["y", "x"]].to_numpy().tolist() == [list(np.unravel_index(np.argmax(image), image.shape)) for image in frames]',
# ]
# difficulty = 'intermediate'
# tags = ['reshaping', 'groupby', 'sorting']
# edge_cases = true
# ///
import pandas as pd

n_frames, height, width = frames.shape
# one row per (frame, y, x) in row-major order, matching frames.ravel()
index = pd.MultiIndex.from_product(
    [range(n_frames), range(height), range(width)], names=["frame", "y", "x"]
)
pixels = pd.DataFrame({"value": frames.ravel()}, index=index).reset_index()
# idxmax gives the row label of the first maximum within each frame
brightest = pixels.loc[pixels.groupby("frame")["value"].idxmax()]
track = brightest.set_index("frame")[["y", "x"]]
