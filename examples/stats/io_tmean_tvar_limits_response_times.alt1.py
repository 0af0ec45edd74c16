import numpy as np

times = np.array([12, 480, 950, 1010, 1500, 2000, 2000, 2600, 3100, 8000])
# both limits are inclusive, so the two 2000 ms responses stay
valid = times[(times >= 500) & (times <= 2000)]
mean_valid = valid.mean()
var_valid = valid.var(ddof=1)
n_valid = valid.size
