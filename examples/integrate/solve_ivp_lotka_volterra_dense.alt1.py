import numpy as np
import scipy.integrate as spi


def lotka_volterra(t, z, a, b, c, d):
    prey_n, pred_n = z
    return [a * prey_n - b * prey_n * pred_n, -c * pred_n + d * prey_n * pred_n]


sol = spi.solve_ivp(
    lotka_volterra, [0, 15], [10, 5], args=(1.0, 0.1, 1.5, 0.075), dense_output=True, rtol=1e-8
)
t = np.linspace(0, 15, 300)
prey, predator = sol.sol(t)
