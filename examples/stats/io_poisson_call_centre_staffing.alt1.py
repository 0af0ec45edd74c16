import numpy as np
from scipy.stats import poisson

rate = 3
p_none = poisson.pmf(0, rate)
p_at_most_5 = poisson.cdf(5, rate)
counts = np.arange(50)
# first count whose cumulative probability reaches the 95% coverage target
capacity = int(counts[np.argmax(poisson.cdf(counts, rate) >= 0.95)])
