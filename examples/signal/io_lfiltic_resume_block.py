# /// example
# task = """
# A first-order IIR filter with `b` = [0.2, 0.2] and `a` = [1, -0.6] processed a previous block \
# whose last input was 2.0 and last output 1.5 (the filter's state was not saved). Filter the new \
# block `x_new` continuing from those past values, and store the output in `y_new`.
#
# ```text
# b = [0.2, 0.2], a = [1, -0.6]
# last input = 2.0, last output = 1.5
# x_new = [1, 0, 0, 2]
# ```
#
# Wanted:
#
# ```text
# y_new = [1.5, 1.1, 0.66, 0.796]
# ```"""
# prompt = """
# I filter data block by block with b = [0.2, 0.2], a = [1, -0.6], but I only kept the previous \
# block's last input and output, not the filter state:
#
# ```text
# b = [0.2, 0.2], a = [1, -0.6]
# last input = 2.0, last output = 1.5
# x_new = [1, 0, 0, 2]
# ```
#
# Filtering `x_new` from a zero state gives a jump. How do I rebuild the state so `y_new` comes \
# out as
#
# ```text
# y_new = [1.5, 1.1, 0.66, 0.796]
# ```"""
# task_type = 'input-output'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(y_new, [1.5, 1.1, 0.66, 0.796])',
#     'np.allclose(x_new, [1, 0, 0, 2])',
# ]
# difficulty = 'advanced'
# tags = ['filtering', 'iir-filter', 'incremental-processing']
# ///
import numpy as np
from scipy import signal

b = [0.2, 0.2]
a = [1, -0.6]
x_new = np.array([1.0, 0.0, 0.0, 2.0])
# lfiltic turns past outputs y and inputs x (most recent first) into the direct-form state
zi = signal.lfiltic(b, a, y=[1.5], x=[2.0])
y_new, _ = signal.lfilter(b, a, x_new, zi=zi)
