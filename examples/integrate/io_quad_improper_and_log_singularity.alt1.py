import math

from scipy.integrate import quad

# split the real line at 0 and integrate each half to infinity
left, _ = quad(lambda t: 1 / (1 + t * t), -math.inf, 0)
right, _ = quad(lambda t: 1 / (1 + t * t), 0, math.inf)
cauchy_total = left + right
# weight="alg-loga" with wvar=(0, 0) puts the weight ln(x - 0) into the rule itself
log_integral, _ = quad(lambda t: 1.0, 0, 1, weight="alg-loga", wvar=(0, 0))
