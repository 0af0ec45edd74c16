import numpy as np

values = sensor["sensor_b"].to_numpy(dtype=float)
smoothed_b = np.empty_like(values)
for t, value in enumerate(values):
    smoothed_b[t] = value if t == 0 else 0.3 * value + 0.7 * smoothed_b[t - 1]
