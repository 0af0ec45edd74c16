# /// example
# task = """
# A discrete-time system with sampling period 1 follows the difference equation below. Write it as \
# the transfer function H(z) = z / (z - 0.5) and compute its response to a unit step with SciPy's \
# discrete step-response function for 6 samples, storing the sample times in `t_steps` and the \
# output in `step_response` (a 1-D array).
#
# ```text
# y[n] = 0.5 * y[n-1] + x[n],   x = unit step,   n = 0..5
# ```
#
# Wanted:
#
# ```text
# t_steps       = [0. 1. 2. 3. 4. 5.]
# step_response = [1.      1.5     1.75    1.875   1.9375  1.96875]
# ```"""
# prompt = """
# For my first-order recursive filter (sampling period 1, H(z) = z / (z - 0.5)) I want the step \
# response over 6 samples, as `t_steps` and a flat array `step_response`, from SciPy's system tools:
#
# ```text
# y[n] = 0.5 * y[n-1] + x[n],   x = unit step,   n = 0..5
# ```
#
# By hand it approaches 2:
#
# ```text
# t_steps       = [0. 1. 2. 3. 4. 5.]
# step_response = [1.      1.5     1.75    1.875   1.9375  1.96875]
# ```"""
# task_type = 'input-output'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(t_steps, [0, 1, 2, 3, 4, 5])',
#     'np.allclose(np.ravel(step_response), [1.0, 1.5, 1.75, 1.875, 1.9375, 1.96875])',
#     # the closed form 2 - 0.5**n
#     'np.allclose(np.ravel(step_response), 2 - 0.5 ** np.arange(6))',
# ]
# difficulty = 'intermediate'
# tags = ['lti-system', 'system-response']
# ///
from scipy import signal

# (numerator, denominator, dt): the trailing dt marks a discrete-time system
system = signal.dlti([1.0, 0.0], [1.0, -0.5], dt=1.0)
t_steps, (outputs,) = signal.dstep(system, n=6)
# dstep returns one (n, 1) array per input; flatten it to a 1-D response
step_response = outputs.ravel()
