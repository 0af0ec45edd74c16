import numpy as np
from scipy.optimize import minimize


def f(p):
    return (p[0] - 3) ** 2 + 2 * (p[1] + 1) ** 2 + p[0] * p[1]


def grad(p):
    return np.array([2 * (p[0] - 3) + p[1], 4 * (p[1] + 1) + p[0]])


# an analytic gradient lets the solver converge tightly
res = minimize(f, [0.0, 0.0], jac=grad, method="L-BFGS-B")
x_min, f_min = res.x, res.fun
