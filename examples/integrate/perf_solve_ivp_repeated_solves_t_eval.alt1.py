import numpy as np
from scipy import integrate

times = np.linspace(0.25, 10, 40)
solution = integrate.solve_ivp(
    lambda t, c: 2 * np.exp(-t) - 0.3 * c,
    [0.0, 10.0],
    [0.0],
    dense_output=True,
    rtol=1e-9,
    atol=1e-11,
)
# the dense-output interpolant can be evaluated anywhere in the span afterwards
conc = solution.sol(times)[0]
