import math

from scipy import optimize


def concentration(t):
    return 5.0 * math.exp(-0.4 * t) + 1.0


# widen the upper end until the concentration is below the threshold
upper = 2.0
while concentration(upper) > 2.0:
    upper *= 2
result = optimize.root_scalar(
    lambda t: concentration(t) - 2.0, bracket=[0.0, upper], method="brentq"
)
t_threshold = result.root
