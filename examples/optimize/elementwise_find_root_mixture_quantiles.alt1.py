import numpy as np
import scipy.optimize.elementwise as ew
from scipy.special import ndtr


def excess(x, target):
    return 0.3 * ndtr(x) + 0.7 * ndtr((x - 3.0) / 0.5) - target


probs = np.linspace(0.01, 0.99, 99)
lower = np.full_like(probs, -10.0)
upper = np.full_like(probs, 10.0)
result = ew.find_root(excess, (lower, upper), args=(probs,))
if not np.all(result.success):
    raise RuntimeError("some quantiles did not converge")
quantiles = result.x
