import numpy as np
from scipy import optimize

profit = np.array([[7, 3, 9], [4, 8, 6], [5, 2, 4]])
# maximising profit is minimising its negative
rows, regions = optimize.linear_sum_assignment(-profit)
total_profit = int(profit[rows, regions].sum())
