import numpy as np
from scipy import stats

rng = np.random.default_rng(2024)
# no fixed parameters: loc and scale are fitted to the data and to every Monte Carlo sample
result = stats.goodness_of_fit(
    stats.norm, values, statistic="ad", n_mc_samples=500, random_state=rng
)
