import math
from functools import partial

from scipy import integrate


def integrand(x, power):
    return x**power * math.exp(-x)


# partial freezes each power now instead of reading a loop variable later
integrands = [partial(integrand, power=k) for k in range(4)]
moments = [integrate.quad(f, 0.0, 1.0)[0] for f in integrands]
