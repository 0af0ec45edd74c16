import math

from scipy.integrate import quad

a = 0.5
omega = 20.0
# with an infinite upper limit and weight="sin", QUADPACK uses QAWF (Fourier integrals)
value, abserr = quad(lambda x: math.exp(-a * x), 0, math.inf, weight="sin", wvar=omega)
