import numpy as np
import scipy.integrate as si


def survival(t):
    return np.exp(-((t / 3.0) ** 1.5))


# split at a few scale lengths so quad sees where the function lives, then add the infinite tail
head, _ = si.quad(survival, 0, 30)
tail, _ = si.quad(survival, 30, np.inf)
mean_life = head + tail
