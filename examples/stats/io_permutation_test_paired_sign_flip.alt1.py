from itertools import product

import numpy as np

before = [72, 68, 80, 75, 70, 66]
after = [70, 65, 79, 70, 69, 64]

differences = np.subtract(before, after)
mean_change = differences.mean()
# swapping a pair's two values flips the sign of its difference
signs = np.array(list(product([1, -1], repeat=len(differences))))
null_distribution = (signs * differences).mean(axis=1)
n_permutations = len(null_distribution)
p_value = np.mean(np.abs(null_distribution) >= abs(mean_change) - 1e-12)
