import numpy as np
from scipy import optimize

z = np.linspace(0.1, 50, 100)
# w * exp(w) - z is convex and increasing for w > -1: Newton converges from w = 1 for every z
w = optimize.newton(
    lambda w: w * np.exp(w) - z,
    x0=np.ones_like(z),
    fprime=lambda w: np.exp(w) * (1 + w),
    maxiter=100,
)
