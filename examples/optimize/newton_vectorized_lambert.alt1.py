import numpy as np
import scipy.optimize as opt

z = np.linspace(0.1, 50, 100)


def residual(w):
    return w * np.exp(w) - z


def slope(w):
    return (w + 1) * np.exp(w)


# log1p(z) is a reasonable starting point for W(z) >= 0; an array x0 makes newton vectorised
w = opt.newton(residual, np.log1p(z), fprime=slope)
