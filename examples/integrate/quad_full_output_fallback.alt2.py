import numpy as np
from scipy import integrate

OMEGA = 50.0


def integrand(x):
    return np.cos(OMEGA * x) * np.exp(-0.01 * x)


# the message, when present, is the 4th item: star-unpacking collects it (or nothing)
value, abserr, info, *problem = integrate.quad(integrand, 0.0, 200.0, full_output=1)
first_message = problem[0] if problem else None
if first_message:
    # QAWO: quad multiplies the smooth envelope by cos(OMEGA x) itself
    value, abserr, info, *problem = integrate.quad(
        lambda x: np.exp(-0.01 * x), 0.0, 200.0, weight="cos", wvar=OMEGA, full_output=1
    )
converged = not problem
