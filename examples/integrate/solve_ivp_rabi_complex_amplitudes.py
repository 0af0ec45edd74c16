# /// example
# task = """
# Solve the two-level Schrodinger equation i dc/dt = H c with H = [[0, 0.5], [0.5, 0]] \
# (resonant drive, Rabi frequency 1, hbar = 1) from c(0) = [1, 0] over t in [0, 2 pi] with a \
# complex-valued state in `solve_ivp` (rtol=1e-10, atol=1e-12). Report the state at the times `times` = 0, 0.5, ..., 6 \
# (`np.arange(0, 6.01, 0.5)`), store the ground- and excited-state probabilities |c_0|^2 and \
# |c_1|^2 there in `ground` and `excited`, and the largest deviation of the total probability from 1 in `norm_error`."""
# prompt = """
# I want Rabi oscillations of a driven two-level atom: i dc/dt = H c with H = [[0, 0.5], \
# [0.5, 0]], starting in the ground state c = [1, 0]. Integrate the complex amplitudes with \
# solve_ivp over [0, 2 pi] (rtol 1e-10, atol 1e-12), sample them at `times` = \
# np.arange(0, 6.01, 0.5), and give me the ground and excited populations in `ground` and \
# `excited` and how far \
# |c_0|^2 + |c_1|^2 strays from 1 in `norm_error`."""
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(times, np.arange(0, 6.01, 0.5))',
#     # resonant Rabi formula: P_1(t) = sin^2(t / 2) for a Rabi frequency of 1
#     'np.allclose(excited, np.sin(times / 2) ** 2, atol=1e-6)',
#     'np.allclose(ground, np.cos(times / 2) ** 2, atol=1e-6)',
#     'np.isclose(norm_error, np.max(np.abs(ground + excited - 1)), rtol=1e-6, atol=1e-15) and norm_error < 1e-5',
# ]
# difficulty = 'advanced'
# tags = ['ode', 'initial-value-problem', 'applied-science']
# ///
import numpy as np
from scipy.integrate import solve_ivp

hamiltonian = np.array([[0.0, 0.5], [0.5, 0.0]])


def schrodinger(t, c):
    return -1j * hamiltonian @ c


times = np.arange(0, 6.01, 0.5)
# a complex y0 makes the explicit Runge-Kutta solvers integrate in complex arithmetic
c0 = np.array([1.0, 0.0], dtype=complex)
sol = solve_ivp(schrodinger, (0, 2 * np.pi), c0, t_eval=times, rtol=1e-10, atol=1e-12)
populations = np.abs(sol.y) ** 2
ground, excited = populations
norm_error = np.max(np.abs(populations.sum(axis=0) - 1))
