import numpy as np
from scipy import optimize

minutes = np.array([[4.0, np.nan, 3.0], [2.0, 5.0, np.nan], [np.nan, 1.0, 6.0]])
# a penalty larger than any feasible total keeps forbidden pairs out of the optimum
penalty = np.nansum(minutes) + 1
filled = np.nan_to_num(minutes, nan=penalty)
rows, delivery_of = optimize.linear_sum_assignment(filled)
total_time = float(filled[rows, delivery_of].sum())
