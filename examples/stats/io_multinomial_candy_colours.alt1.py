from math import factorial, prod

import numpy as np

n = 6
p = np.array([0.5, 0.3, 0.2])


def multinomial_pmf(counts):
    coefficient = factorial(n) / prod(factorial(k) for k in counts)
    return coefficient * np.prod(p ** np.array(counts))


p_two_each = multinomial_pmf([2, 2, 2])
p_all_red = multinomial_pmf([6, 0, 0])
expected_counts = n * p
cov_red_green = -n * p[0] * p[1]
