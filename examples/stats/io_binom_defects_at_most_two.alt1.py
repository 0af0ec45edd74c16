from scipy.stats import binom

n_parts, defect_rate = 10, 0.1
p_exactly_2 = binom.pmf(2, n_parts, defect_rate)
p_at_most_2 = binom.cdf(2, n_parts, defect_rate)
p_more_than_2 = 1 - p_at_most_2
