# /// example
# task = """
# A discrete-time impulse response is the sum of two geometric sequences, 1 * 0.5**n and \
# 2 * (-0.25)**n. Rebuild the transfer function in powers of z**-1 from these residues \
# `residues` and poles `poles` with `invresz`, storing the numerator in `b` and the denominator in \
# `a`.
#
# ```text
# residues = [1, 2]
# poles    = [0.5, -0.25]
# ```
#
# Wanted:
#
# ```text
# b = [3.0, -0.75]
# a = [1.0, -0.25, -0.125]
# ```"""
# prompt = """
# I know my filter's impulse response is 1 * 0.5**n + 2 * (-0.25)**n, i.e.
#
# ```text
# residues = [1, 2]
# poles    = [0.5, -0.25]
# ```
#
# How do I get back the b/a coefficients (in z**-1) into `b` and `a`? I worked out by hand it \
# should be
#
# ```text
# b = [3.0, -0.75]
# a = [1.0, -0.25, -0.125]
# ```"""
# task_type = 'input-output'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(b, [3.0, -0.75])',
#     'np.allclose(a, [1.0, -0.25, -0.125])',
#     # the filter's impulse response is the sum of the two sequences
#     'np.allclose(scipy.signal.lfilter(b, a, np.r_[1.0, np.zeros(9)]), 0.5 ** np.arange(10) + 2 * (-0.25) ** np.arange(10))',
# ]
# difficulty = 'intermediate'
# tags = ['lti-system', 'filter-design']
# ///
from scipy import signal

residues = [1, 2]
poles = [0.5, -0.25]
# no direct (polynomial) term: the response is purely the two geometric sequences
b, a = signal.invresz(residues, poles, [])
