from scipy.stats import binom

batch = binom(n=20, p=0.05)
p_at_least_3 = 1 - batch.cdf(2)
p_at_most_1 = batch.pmf(0) + batch.pmf(1)
