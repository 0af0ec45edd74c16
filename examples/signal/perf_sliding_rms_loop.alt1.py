import numpy as np

window = 50
power = np.asarray(x, dtype=float) ** 2
# running sums: each window's total is a difference of two cumulative sums
cumulative = np.concatenate(([0.0], np.cumsum(power)))
window_power = (cumulative[window:] - cumulative[:-window]) / window
rms = np.sqrt(np.maximum(window_power, 0.0))
