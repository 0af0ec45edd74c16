import itertools

import numpy as np

cost = np.array([[9, 2, 7, 8], [6, 4, 3, 7], [5, 8, 1, 8]])
# only 24 ways to give 3 drivers distinct jobs out of 4: try them all
best = min(itertools.permutations(range(4), 3), key=lambda p: cost[range(3), p].sum())
jobs = np.array(best)
total_minutes = int(cost[range(3), best].sum())
