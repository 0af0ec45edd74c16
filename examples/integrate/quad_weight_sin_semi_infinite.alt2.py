import numpy as np
from scipy import integrate


def envelope(x, rate):
    return np.exp(-rate * x)


omega = 20
# quad multiplies the integrand by sin(wvar * x); the infinite range selects QAWF
value, abserr = integrate.quad(envelope, 0, np.inf, args=(0.5,), weight="sin", wvar=omega)
