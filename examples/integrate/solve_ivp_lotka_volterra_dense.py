# /// example
# task = """
# Integrate the Lotka-Volterra predator-prey equations with rates (a, b, c, d) = (1.0, 0.1, 1.5, \
# 0.075) passed through `solve_ivp`'s `args=`, from (prey, predator) = (10, 5) over t in [0, 15] \
# with `dense_output=True`; evaluate the continuous solution `sol.sol` on `t` = linspace(0, 15, \
# 300) into `prey` and `predator`."""
# prompt = """
# Integrate the Lotka-Volterra predator-prey model with rates (a, b, c, d) = (1.0, 0.1, 1.5, \
# 0.075), passed to solve_ivp as extra arguments, from (prey, predator) = (10, 5) over t in [0, \
# 15] with dense output and tight tolerances. Keep the result in `sol` and evaluate the \
# continuous solution on `t` = linspace(0, 15, 300) into `prey` and `predator`."""
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     'sol.success and prey.shape == t.shape and predator.shape == t.shape',
#     # the quantity d*x - c*log(x) + b*y - a*log(y) is conserved along every orbit
#     'np.ptp(0.075 * prey - 1.5 * np.log(prey) + 0.1 * predator - 1.0 * np.log(predator)) < 1e-5',
#     'prey.min() > 0 and predator.min() > 0',
#     't.shape == (300,) and np.allclose(t, np.linspace(0, 15, 300)) and np.allclose([prey[0], predator[0]], [10, 5])',
# ]
# difficulty = 'intermediate'
# tags = ['ode', 'initial-value-problem', 'applied-science']
# ///
import numpy as np
from scipy import integrate


def lotka_volterra(t, z, a, b, c, d):
    prey, predator = z
    return [a * prey - b * prey * predator, -c * predator + d * prey * predator]


sol = integrate.solve_ivp(
    lotka_volterra,
    (0, 15),
    [10, 5],
    # args are appended to every call, as lotka_volterra(t, z, a, b, c, d)
    args=(1.0, 0.1, 1.5, 0.075),
    dense_output=True,
    rtol=1e-8,
    atol=1e-8,
)
t = np.linspace(0, 15, 300)
prey, predator = sol.sol(t)
