# /// example
# task = """
# Integrate the Van der Pol oscillator x'' = mu (1 - x**2) x' - x with mu = 50 (passed to the \
# right-hand side through `args`) from x = 2, x' = 0 over t in [0, 100] with the LSODA method, \
# which switches between stiff and non-stiff schemes on its own, with rtol = atol = 1e-8. Store \
# the solver result in `sol` and the final state (x, x') in `final_state`."""
# prompt = """
# My Van der Pol oscillator with mu = 50 is stiff in parts of the cycle and not in others. I'd \
# like solve_ivp's LSODA (automatic stiffness switching) over t = 0..100, starting at x = 2, \
# x' = 0, with rtol and atol 1e-8, and mu passed via args rather than hard-coded. Keep the \
# result in `sol` and the end state [x, x'] in `final_state`."""
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     'sol.success and np.isclose(sol.t[-1], 100.0)',
#     # LSODA switches to its stiff (BDF) scheme and evaluates Jacobians; explicit Runge-Kutta methods report njev = 0
#     'sol.njev > 0',
#     # the same problem solved with much tighter tolerances
#     'np.allclose(final_state, scipy.integrate.solve_ivp(lambda t, y: [y[1], 50 * (1 - y[0] ** 2) * y[1] - y[0]], (0, 100), [2.0, 0.0], method="LSODA", rtol=1e-11, atol=1e-11).y[:, -1], atol=1e-4)',
#     # the relaxation oscillation settles on a limit cycle of amplitude about 2
#     '1.95 < np.abs(sol.y[0]).max() < 2.05',
# ]
# difficulty = 'intermediate'
# tags = ['ode', 'initial-value-problem', 'stiffness']
# ///
from scipy.integrate import solve_ivp


def van_der_pol(t, y, mu):
    x, v = y
    return [v, mu * (1 - x**2) * v - x]


# args=(50,) is appended to every call of the right-hand side: van_der_pol(t, y, 50)
sol = solve_ivp(van_der_pol, (0, 100), [2.0, 0.0], method="LSODA", args=(50,), rtol=1e-8, atol=1e-8)
final_state = sol.y[:, -1]
