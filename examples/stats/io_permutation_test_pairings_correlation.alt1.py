from itertools import permutations

import numpy as np

dose = [1.0, 2.0, 3.0, 4.0, 5.0]
response = [2.1, 3.9, 3.2, 5.8, 6.1]

r = np.corrcoef(dose, response)[0, 1]
null_distribution = np.array([np.corrcoef(dose, order)[0, 1] for order in permutations(response)])
n_permutations = len(null_distribution)
# the observed pairing is one of the orders, so the p-value is never below 1/120
p_value = np.mean(null_distribution >= r - 1e-12)
