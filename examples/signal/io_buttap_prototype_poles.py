# /// example
# task = """
# Get the analog Butterworth low-pass prototype of order 3 (cutoff 1 rad/s) in zero-pole-gain \
# form and store its zeros in `zeros`, its poles in `poles` and its gain in `gain`. The poles lie \
# on the unit circle in the left half-plane.
#
# ```text
# order = 3, cutoff = 1 rad/s
# ```
#
# Wanted, rounded to 4 decimals:
#
# ```text
# zeros = []
# poles = [-0.5+0.866j, -1, -0.5-0.866j]
# gain  = 1
# ```"""
# prompt = """
# For a filter-design lecture I need the textbook 3rd-order analog Butterworth prototype \
# (cutoff 1 rad/s) as `zeros`, `poles` and `gain`:
#
# ```text
# order = 3, cutoff = 1 rad/s
# ```
#
# It should be
#
# ```text
# zeros = []
# poles = [-0.5+0.866j, -1, -0.5-0.866j]
# gain  = 1
# ```"""
# task_type = 'input-output'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     'np.size(zeros) == 0 and np.isclose(gain, 1)',
#     'np.allclose(np.sort_complex(np.asarray(poles, dtype=complex)), np.sort_complex(np.array([-0.5 + 0.866j, -1, -0.5 - 0.866j])), atol=5e-5)',
#     'np.allclose(np.abs(poles), 1)',
# ]
# difficulty = 'basic'
# tags = ['filter-design', 'iir-filter', 'lowpass']
# ///
from scipy import signal

# buttap returns the normalised prototype (cutoff 1 rad/s) that butter scales and transforms
zeros, poles, gain = signal.buttap(3)
