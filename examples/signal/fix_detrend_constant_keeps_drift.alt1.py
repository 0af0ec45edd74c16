import numpy as np

t = np.arange(len(y)) / fs
slope, intercept = np.polyfit(t, y, deg=1)
steady = y - (slope * t + intercept)
