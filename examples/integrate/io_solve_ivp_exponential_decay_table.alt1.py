import numpy as np
from scipy import integrate

sol = integrate.solve_ivp(
    lambda t, y: -0.5 * y, [0, 4], np.array([4.0]), dense_output=True, rtol=1e-8
)
# the continuous solution evaluated afterwards at the wanted times
amounts = sol.sol(np.linspace(0, 4, 5))[0]
