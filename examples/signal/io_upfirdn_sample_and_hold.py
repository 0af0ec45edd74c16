# /// example
# task = """
# Build the four readings below as the array `readings` and upsample them by a factor of 2 with a \
# zero-order hold (each value repeated once), using a single upsample-then-FIR-filter call with the \
# 2-tap filter [1, 1]. Store the result in `held`.
#
# ```text
# readings = [4, 7, 5, 9]
# ```
#
# Wanted:
#
# ```text
# held = [4. 4. 7. 7. 5. 5. 9. 9.]
# ```"""
# prompt = """
# I want to double the sample rate of `readings` by holding each value for two samples, and I've read \
# that inserting zeros and filtering with [1, 1] does exactly that in one SciPy call. My data:
#
# ```text
# readings = [4, 7, 5, 9]
# ```
#
# should become `held`:
#
# ```text
# held = [4. 4. 7. 7. 5. 5. 9. 9.]
# ```"""
# task_type = 'input-output'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(held, [4, 4, 7, 7, 5, 5, 9, 9])',
#     'len(held) == 2 * len(readings)',
#     'np.allclose(held, np.repeat(readings, 2))',
#     'list(readings) == [4, 7, 5, 9]',
# ]
# difficulty = 'basic'
# tags = ['resampling', 'filtering']
# ///
import numpy as np
from scipy import signal

readings = np.array([4, 7, 5, 9])
# up=2 inserts one zero after each sample; the [1, 1] filter copies each value into that slot
held = signal.upfirdn([1, 1], readings, up=2)
