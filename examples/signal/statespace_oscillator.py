# /// example
# task = """
# Model a mass-spring-damper (`m` = 1 kg, `c` = 0.4 N s/m, `k` = 25 N/m; input force, output \
# displacement) as a `StateSpace` system `oscillator`, and compute its impulse response \
# `displacement` over 0-10 s on 1001 points (`t_out`)."""
# prompt = """
# Model a mass-spring-damper (`m` = 1 kg, `c` = 0.4 N s/m, `k` = 25 N/m; input force, output \
# displacement) as a state-space system `oscillator`, and compute its impulse response \
# `displacement` over 0-10 s on 1001 points, with the times in `t_out`."""
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     # the poles are the eigenvalues of A and the roots of m s**2 + c s + k
#     'np.allclose(np.sort_complex(np.linalg.eigvals(oscillator.A)), np.sort_complex(np.roots([m, c, k])))',
#     'len(t_out) == len(displacement) == 1001',
#     # analytic impulse response of an underdamped oscillator
#     'np.allclose(displacement, np.exp(-c / (2 * m) * t_out) * np.sin(np.sqrt(k / m - (c / (2 * m)) ** 2) * t_out) / (m * np.sqrt(k / m - (c / (2 * m)) ** 2)), atol=1e-4)',
# ]
# difficulty = 'intermediate'
# tags = ['lti-system', 'system-response', 'applied-science']
# ///
import numpy as np
from scipy import signal as sps

m, c, k = 1.0, 0.4, 25.0
A = [[0, 1], [-k / m, -c / m]]  # state: displacement, velocity
B = [[0], [1 / m]]
C = [[1, 0]]
D = [[0]]
oscillator = sps.StateSpace(A, B, C, D)
t_out, displacement = sps.impulse(oscillator, T=np.linspace(0, 10, 1001))
