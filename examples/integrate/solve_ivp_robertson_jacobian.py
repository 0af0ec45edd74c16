# /// example
# task = """
# Solve Robertson's stiff chemical kinetics (rates 0.04, 1e4, 3e7) of three species from \
# concentrations (1, 0, 0) up to t = 1e5 with `solve_ivp(method="BDF")`, supplying the analytic \
# Jacobian through `jac=`, rtol=1e-6 and atol=1e-10, and report the solution at `t_eval` = \
# geomspace(1e-5, 1e5, 40); store the result in `sol`."""
# prompt = """
# I'm solving Robertson's stiff chemical kinetics problem (rates 0.04, 1e4, 3e7) for three \
# species starting from concentrations (1, 0, 0) up to t = 1e5. Use solve_ivp with the BDF \
# method, the analytic Jacobian, rtol=1e-6 and atol=1e-10, and report the solution at `t_eval` = \
# geomspace(1e-5, 1e5, 40); keep the result in `sol`."""
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     'sol.success and sol.y.shape == (3, t_eval.size)',
#     # the reactions only move mass between species
#     'np.allclose(sol.y.sum(axis=0), 1.0, atol=1e-6)',
#     'np.all(np.diff(sol.y[0]) <= 1e-9) and sol.y[2, -1] > 0.5',
# ]
# difficulty = 'advanced'
# tags = ['ode', 'stiffness', 'applied-science', 'derivatives']
# ///
import numpy as np
from scipy import integrate


def robertson(t, y):
    y1, y2, y3 = y
    return [
        -0.04 * y1 + 1e4 * y2 * y3,
        0.04 * y1 - 1e4 * y2 * y3 - 3e7 * y2**2,
        3e7 * y2**2,
    ]


def jacobian(t, y):
    y1, y2, y3 = y
    return np.array(
        [
            [-0.04, 1e4 * y3, 1e4 * y2],
            [0.04, -1e4 * y3 - 6e7 * y2, -1e4 * y2],
            [0.0, 6e7 * y2, 0.0],
        ]
    )


t_eval = np.geomspace(1e-5, 1e5, 40)
sol = integrate.solve_ivp(
    robertson,
    (0, 1e5),
    [1.0, 0.0, 0.0],
    # BDF is implicit, so the fast reactions (rates up to 3e7) do not force tiny steps; jac spares
    # it estimating the Jacobian by finite differences
    method="BDF",
    jac=jacobian,
    t_eval=t_eval,
    rtol=1e-6,
    # y2 peaks near 4e-5 and falls to about 1e-7; the default atol of 1e-6 would not resolve it
    atol=1e-10,
)
