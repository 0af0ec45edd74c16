import numpy as np

# np.poly builds the monic polynomial with the given roots; the gain scales the numerator
num = 4 * np.poly([-1])
den = np.poly([-2, -3])
