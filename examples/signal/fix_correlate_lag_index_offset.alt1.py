import numpy as np

y_centered = y - np.mean(y)
x_centered = x - np.mean(x)
corr = np.correlate(y_centered, x_centered, mode="full")
delay = (np.argmax(corr) - (len(x) - 1)) / fs
