import numpy as np

minutes = np.array([[30, 10, 50, 10], [0, 20, 20, 0], [45, 0, 0, 15]], dtype=float)

shares = minutes / minutes.sum(axis=1, keepdims=True)
l2_rows = minutes / np.sqrt((minutes**2).sum(axis=1, keepdims=True))
