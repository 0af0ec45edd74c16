# /// example
# task = """
# A cart is modelled as a double integrator: state (position, velocity), A = [[0, 1], [0, 0]], \
# B = [[0], [1]]. Design a 1 x 2 state-feedback gain matrix `K` (u = -K x) that puts the \
# closed-loop poles at -2 + 2j and -2 - 2j, store the eigenvalues of A - B K in \
# `closed_loop_poles`, and simulate the closed loop from position 1 and velocity 0 for 5 s at the \
# times `t` = 0, 0.01, ..., 5, storing the position in `position`."""
# prompt = """
# I'm stabilising a cart modelled as a double integrator (A = [[0, 1], [0, 0]], B = [[0], [1]], \
# state = position and velocity) with state feedback u = -K x. I want the closed-loop poles at \
# -2 +/- 2j: give me the 1 x 2 gain matrix `K`, the actual eigenvalues `closed_loop_poles` of \
# A - B K as a check, and the position `position` over time `t` = 0 to 5 s in 0.01 s steps when \
# the cart starts at position 1, at rest."""
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     'np.shape(K) == (1, 2)',
#     # for a double integrator the characteristic polynomial s^2 + k2 s + k1 must be s^2 + 4 s + 8
#     'np.allclose(np.ravel(K), [8, 4], atol=1e-6)',
#     'np.allclose(np.sort_complex(np.asarray(closed_loop_poles, dtype=complex)), [-2 - 2j, -2 + 2j], atol=1e-6)',
#     'np.allclose(t, np.linspace(0, 5, 501))',
#     # free response of x'' + 4 x' + 8 x = 0 from x(0) = 1, x'(0) = 0
#     'np.allclose(position, np.exp(-2 * np.linspace(0, 5, 501)) * (np.cos(2 * np.linspace(0, 5, 501)) + np.sin(2 * np.linspace(0, 5, 501))), atol=1e-4)',
# ]
# difficulty = 'advanced'
# tags = ['lti-system', 'system-response', 'applied-science']
# ///
import numpy as np
from scipy import signal

A = np.array([[0.0, 1.0], [0.0, 0.0]])
B = np.array([[0.0], [1.0]])
placed = signal.place_poles(A, B, [-2 + 2j, -2 - 2j])
K = placed.gain_matrix
closed_loop_poles = np.linalg.eigvals(A - B @ K)

t = np.linspace(0, 5, 501)
# with u = -K x the closed loop has no external input: simulate its response to the initial state
closed_loop = signal.StateSpace(A - B @ K, B, np.array([[1.0, 0.0]]), np.zeros((1, 1)))
_, position, _ = signal.lsim(closed_loop, U=np.zeros_like(t), T=t, X0=[1.0, 0.0])
