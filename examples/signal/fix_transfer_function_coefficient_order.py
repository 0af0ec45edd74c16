# /// example
# task = """
# This code should build the continuous-time system H(s) = 4 / (s^2 + 0.8 s + 4) in `system` and \
# compute its step response at the 501 times `np.linspace(0, 20, 501)`, in `t` and `y`:
#
# ```python
# import numpy as np
# from scipy import signal
#
# system = signal.TransferFunction([4], [4, 0.8, 1])
# t, y = signal.step(system, T=np.linspace(0, 20, 501))
# ```
#
# It runs, but the response settles near 4 instead of 1 and oscillates at the wrong frequency. \
# Fix it."""
# prompt = """
# I'm simulating the second-order system H(s) = 4 / (s^2 + 0.8 s + 4) (natural frequency 2 rad/s, \
# damping 0.2) in `system`, and its step response `t`, `y` on `np.linspace(0, 20, 501)`:
#
# ```python
# import numpy as np
# from scipy import signal
#
# system = signal.TransferFunction([4], [4, 0.8, 1])
# t, y = signal.step(system, T=np.linspace(0, 20, 501))
# ```
#
# The step response ends up around 4 and rings too slowly. What's wrong with my system?"""
# task_type = 'fix'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(t, np.linspace(0, 20, 501))',
#     # the underdamped step response with damping 0.2 and natural frequency 2 rad/s
#     'np.allclose(y, 1 - np.exp(-0.4 * t) * (np.cos(2 * np.sqrt(0.96) * t) + 0.2 / np.sqrt(0.96) * np.sin(2 * np.sqrt(0.96) * t)), atol=1e-4)',
#     'np.allclose(np.sort_complex(system.poles), np.sort_complex(np.roots([1, 0.8, 4])))',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'lti-system', 'system-response']
# ///
import numpy as np
from scipy import signal

# polynomial coefficients go from the highest power of s down: s^2 + 0.8 s + 4 is [1, 0.8, 4]
system = signal.TransferFunction([4], [1, 0.8, 4])
t, y = signal.step(system, T=np.linspace(0, 20, 501))
