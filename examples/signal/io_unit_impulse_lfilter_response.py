# /// example
# task = """
# Compute the first 6 samples of the impulse response of the recursive filter \
# y[n] = x[n] + 0.5 y[n-1] (coefficients `b` and `a`) by filtering a unit impulse made with \
# `unit_impulse`, and store them in `response`.
#
# ```text
# b = [1]
# a = [1, -0.5]
# ```
#
# Wanted:
#
# ```text
# response = [1.0, 0.5, 0.25, 0.125, 0.0625, 0.03125]
# ```"""
# prompt = """
# What does the filter with coefficients `b` and `a`
#
# ```text
# b = [1]
# a = [1, -0.5]
# ```
#
# do to a single click? Feed it a 6-sample unit impulse (scipy's `unit_impulse`) and show me the \
# output in `response`; I think it halves each step:
#
# ```text
# response = [1.0, 0.5, 0.25, 0.125, 0.0625, 0.03125]
# ```"""
# task_type = 'input-output'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(response, [1.0, 0.5, 0.25, 0.125, 0.0625, 0.03125])',
#     'np.allclose(b, [1]) and np.allclose(a, [1, -0.5])',
# ]
# difficulty = 'basic'
# tags = ['system-response', 'iir-filter']
# ///
from scipy import signal

b = [1]
a = [1, -0.5]
# a 1 at n = 0 and zeros after: the output is the impulse response
response = signal.lfilter(b, a, signal.unit_impulse(6))
