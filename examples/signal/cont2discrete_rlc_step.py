# /// example
# task = """
# A series RLC circuit (R = 2 ohm, L = 0.1 H, C = 0.01 F) with state [capacitor voltage, \
# current], input the source voltage and output the capacitor voltage has the state-space \
# matrices `A`, `B`, `C`, `D`. Discretise it for a controller sampling every 1 ms with a \
# zero-order hold (`scipy.signal.cont2discrete`), storing the discrete matrices in `Ad` and \
# `Bd`, and simulate the response to a 1 V step applied at t = 0 (circuit at rest) at the times \
# `t` = 0, 0.001, ..., 0.5 s, storing the capacitor voltage as a 1-D array in `v_c`."""
# prompt = """
# I'm writing a digital controller for a series RLC circuit, R = `2` ohm, L = `0.1` H, C = \
# `0.01` F. Set up the state-space model with state [capacitor voltage, current], the source \
# voltage as input and the capacitor voltage as output (`A`, `B`, `C`, `D`), discretise it for a \
# 1 ms sampling period with a zero-order hold, and keep the discrete matrices in `Ad` and `Bd`. \
# Then simulate the discrete system for a 1 V step at t = 0 from rest, at the sample times `t` \
# from 0 to 0.5 s, and give me the capacitor voltage as a 1-D array `v_c`."""
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(A, [[0, 1 / 0.01], [-1 / 0.1, -2 / 0.1]]) and np.allclose(np.ravel(B), [0, 1 / 0.1])',
#     'np.allclose(np.ravel(C), [1, 0]) and np.allclose(D, 0)',
#     # a zero-order hold gives Ad = expm(A dt) and Bd = A^-1 (Ad - I) B
#     'np.allclose(Ad, scipy.linalg.expm(np.asarray(A) * 0.001))',
#     'np.allclose(Bd, np.linalg.solve(A, (scipy.linalg.expm(np.asarray(A) * 0.001) - np.eye(2)) @ np.reshape(B, (2, 1))))',
#     'np.allclose(t, np.arange(501) * 0.001) and np.ndim(v_c) == 1 and len(v_c) == len(t)',
#     # with a hold on a step input the samples equal the underdamped analogue step response exactly
#     '(lambda wn, z: np.allclose(np.ravel(v_c), 1 - np.exp(-z * wn * t) * (np.cos(wn * np.sqrt(1 - z**2) * t) + z / np.sqrt(1 - z**2) * np.sin(wn * np.sqrt(1 - z**2) * t)), atol=1e-9))(1 / np.sqrt(0.1 * 0.01), 2 / 2 * np.sqrt(0.01 / 0.1))',
# ]
# difficulty = 'intermediate'
# tags = ['lti-system', 'system-response', 'applied-science']
# ///
import numpy as np
from scipy import signal

R, L, Cap = 2.0, 0.1, 0.01
A = np.array([[0.0, 1 / Cap], [-1 / L, -R / L]])
B = np.array([[0.0], [1 / L]])
C = np.array([[1.0, 0.0]])
D = np.array([[0.0]])

dt = 0.001
Ad, Bd, Cd, Dd, _ = signal.cont2discrete((A, B, C, D), dt, method="zoh")
t = np.arange(501) * dt
# dlsim holds each input sample for one period, matching the zero-order hold of the design
_, v_c, _ = signal.dlsim((Ad, Bd, Cd, Dd, dt), np.ones_like(t), t=t)
v_c = v_c.ravel()
