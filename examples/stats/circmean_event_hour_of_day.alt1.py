import numpy as np

stamps = events["timestamp"]
hours = (stamps.dt.hour + stamps.dt.minute / 60 + stamps.dt.second / 3600).to_numpy()
angles = 2 * np.pi * hours / 24
mean_sin, mean_cos = np.sin(angles).mean(), np.cos(angles).mean()
# the mean direction on the clock and the circular SD sqrt(-2 ln R), both back in hours
mean_hour = (np.arctan2(mean_sin, mean_cos) % (2 * np.pi)) * 24 / (2 * np.pi)
if mean_hour >= 24:
    mean_hour = 0.0
resultant = min(1.0, np.hypot(mean_sin, mean_cos))
spread_hours = np.sqrt(-2 * np.log(resultant)) * 24 / (2 * np.pi)
