import numpy as np

t = np.linspace(0.0, 2.0, 5)
velocity = t**3
step = t[1] - t[0]
# composite Simpson weights 1, 4, 2, 4, 1 over an even number of equal intervals
weights = np.array([1, 4, 2, 4, 1])
distance = step / 3 * np.sum(weights * velocity)
