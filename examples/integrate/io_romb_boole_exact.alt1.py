import numpy as np
from scipy.integrate import simpson

samples = np.array([0.0, 0.00390625, 0.0625, 0.31640625, 1.0])
simpson_estimate = simpson(samples, dx=0.25)
# one Richardson step on Simpson's rule (step 0.25 and 0.5) is what romb does with 5 points
coarse = simpson(samples[::2], dx=0.5)
romberg = (16 * simpson_estimate - coarse) / 15
