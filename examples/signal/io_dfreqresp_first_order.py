# /// example
# task = """
# The discrete-time system y[n] = 0.5 y[n-1] + 0.5 x[n] has transfer function \
# H(z) = 0.5 / (1 - 0.5 z**-1). Evaluate its frequency response with `dfreqresp` at the angular \
# frequencies `w` (rad/sample) and store the gains |H| rounded to 4 decimals in `gains`.
#
# ```text
# w = [0, pi/2, pi]
# ```
#
# Wanted:
#
# ```text
# gains = [1.0, 0.4472, 0.3333]
# ```"""
# prompt = """
# My smoother is y[n] = 0.5 y[n-1] + 0.5 x[n]. What is its gain at DC, at a quarter of the sample \
# rate and at Nyquist, i.e. at the frequencies `w` in rad/sample:
#
# ```text
# w = [0, pi/2, pi]
# ```
#
# Please use SciPy's discrete-time LTI tools and give me |H| rounded to 4 decimals in `gains`; I \
# expect
#
# ```text
# gains = [1.0, 0.4472, 0.3333]
# ```"""
# task_type = 'input-output'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(gains, [1.0, 0.4472, 0.3333], atol=5e-5)',
#     'np.allclose(w, [0, np.pi / 2, np.pi])',
# ]
# difficulty = 'basic'
# tags = ['system-response', 'lti-system', 'smoothing']
# ///
import numpy as np
from scipy import signal

w = np.array([0, np.pi / 2, np.pi])
# dt=1: a discrete system with one sample per time unit, so w is in rad/sample
system = signal.dlti([0.5], [1, -0.5], dt=1)
_, response = signal.dfreqresp(system, w=w)
gains = np.round(np.abs(response), 4)
