import math

import numpy as np
from scipy.integrate import quad

mu = float(np.mean(values))
sigma = float(np.std(values, ddof=1))


def centred_normal_pdf(d, scale):
    return math.exp(-0.5 * (d / scale) ** 2) / (scale * math.sqrt(2 * math.pi))


# integrate over the deviation d = x - mu, so the limits do not depend on mu
prob, _ = quad(centred_normal_pdf, -sigma, sigma, args=(sigma,))
