import numpy as np
import pandas as pd

frame_idx, y_idx, x_idx = np.indices(frames.shape).reshape(3, -1)
pixels = pd.DataFrame({"frame": frame_idx, "y": y_idx, "x": x_idx, "value": frames.ravel()})
# a stable sort keeps the row-major order among equal values, so the first max comes first
best = pixels.sort_values("value", ascending=False, kind="stable").drop_duplicates("frame")
track = best.set_index("frame").sort_index()[["y", "x"]]
