# /// example
# task = """
# A system has a zero at -1, poles at -2 and -3 and gain 4. Store the numerator and denominator \
# coefficients of its transfer function (decreasing powers of s) in `num` and `den`.
#
# ```text
# zeros = [-1], poles = [-2, -3], gain = 4
# ```
#
# Wanted:
#
# ```text
# num = [4, 4]
# den = [1, 5, 6]
# ```"""
# prompt = """
# My controller design spits out zeros, poles and a gain, but the plotting code wants polynomial \
# coefficients `num` and `den`:
#
# ```text
# zeros = [-1], poles = [-2, -3], gain = 4
# ```
#
# That should be 4(s + 1) / ((s + 2)(s + 3)), i.e.
#
# ```text
# num = [4, 4]
# den = [1, 5, 6]
# ```"""
# task_type = 'input-output'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(num, [4, 4]) and np.allclose(den, [1, 5, 6])',
#     'np.size(num) == 2 and np.size(den) == 3',
# ]
# difficulty = 'basic'
# tags = ['lti-system']
# ///
from scipy import signal

system = signal.ZerosPolesGain([-1], [-2, -3], 4)
# to_tf multiplies out the factors into polynomial coefficients
transfer = system.to_tf()
num, den = transfer.num, transfer.den
