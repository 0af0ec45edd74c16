import numpy as np
from scipy import optimize
from scipy.integrate import solve_ivp


def simulate(theta):
    y0, k, c = theta
    sol = solve_ivp(
        lambda t, yy: -k * (yy - c), (x[0], x[-1]), [y0], t_eval=x, rtol=1e-8, atol=1e-10
    )
    return sol.y[0]


def residuals(theta):
    return simulate(theta) - y


guess = [y[0], 1.0 / max(x[-1] - x[0], 1e-12), y[-1]]
res = optimize.least_squares(
    residuals, guess, bounds=([-np.inf, 0.0, -np.inf], [np.inf, np.inf, np.inf])
)
fitted = res.x
