import numpy as np
from scipy.integrate import solve_ivp

K1, K2, K3 = 0.04, 1e4, 3e7


def rates(t, c):
    c1, c2, c3 = c
    return [
        -K1 * c1 + K2 * c2 * c3,
        K1 * c1 - K2 * c2 * c3 - K3 * c2**2,
        K3 * c2**2,
    ]


def jacobian(t, c):
    _, c2, c3 = c
    return np.array(
        [
            [-K1, K2 * c3, K2 * c2],
            [K1, -K2 * c3 - 2 * K3 * c2, -K2 * c2],
            [0.0, 2 * K3 * c2, 0.0],
        ]
    )


t_eval = np.geomspace(1e-5, 1e5, 40)
sol = solve_ivp(
    rates,
    (0.0, 1e5),
    [1.0, 0.0, 0.0],
    method="BDF",
    jac=jacobian,
    rtol=1e-6,
    atol=1e-10,
    t_eval=t_eval,
)
