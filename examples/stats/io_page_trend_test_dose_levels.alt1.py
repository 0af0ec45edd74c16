from itertools import permutations, product

import numpy as np
from scipy.stats import rankdata

ratings = np.array(
    [[3.1, 4.0, 4.9], [2.8, 3.9, 3.5], [3.5, 4.4, 5.2], [2.9, 3.1, 4.0], [3.3, 3.0, 4.1]]
)
predicted = np.array([1, 2, 3])

# L = sum over volunteers of (within-row rank x predicted rank)
within_ranks = rankdata(ratings, axis=1)
page_l = float(np.sum(within_ranks @ predicted))

# exact null: every volunteer's ranks are an independent random ordering of 1, 2, 3
row_scores = [np.dot(order, predicted) for order in permutations([1, 2, 3])]
null = np.array([sum(combo) for combo in product(row_scores, repeat=len(ratings))])
p_value = np.mean(null >= page_l)
