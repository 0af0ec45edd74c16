import scipy.stats as ss

specification = ss.norm(loc=50, scale=10)
# test against the specified normal's cdf, not the standard normal
result = ss.kstest(weights, specification.cdf)
ks_stat, p_value = result.statistic, result.pvalue
