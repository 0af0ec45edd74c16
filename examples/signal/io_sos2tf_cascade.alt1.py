import numpy as np

sos = np.array([[1, 2, 1, 1, -0.5, 0], [1, -1, 0, 1, 0.25, 0]])
# sections in series multiply: convolve the numerators and the denominators row by row
b = np.polymul(sos[0, :3], sos[1, :3])
a = np.polymul(sos[0, 3:], sos[1, 3:])
