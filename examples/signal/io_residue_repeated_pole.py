# /// example
# task = """
# Expand the transfer function H(s) = (s + 2) / ((s + 1)^2 (s + 3)) in partial fractions. Store \
# the residues in `r`, the poles in `p` and the direct term in `k`, with the repeated pole's terms \
# in increasing power of 1/(s + 1), as shown.
#
# ```text
# H(s) = (s + 2) / ((s + 1)**2 * (s + 3))
# ```
#
# Wanted:
#
# ```text
# r = [0.25, 0.5, -0.25]
# p = [-1, -1, -3]
# k = []
# ```
#
# i.e. H(s) = 0.25/(s+1) + 0.5/(s+1)**2 - 0.25/(s+3)."""
# prompt = """
# For an inverse Laplace transform by hand I need the partial fractions of
#
# ```text
# H(s) = (s + 2) / ((s + 1)**2 * (s + 3))
# ```
#
# with its double pole at -1. I expect residues `r`, poles `p` and no direct term `k`:
#
# ```text
# r = [0.25, 0.5, -0.25]
# p = [-1, -1, -3]
# k = []
# ```
#
# (that is 0.25/(s+1) + 0.5/(s+1)**2 - 0.25/(s+3)). Can SciPy do the expansion from the \
# polynomial coefficients?"""
# task_type = 'input-output'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(r, [0.25, 0.5, -0.25], atol=1e-6)',
#     'np.allclose(p, [-1, -1, -3], atol=1e-6)',
#     'np.size(k) == 0',
#     # the expansion rebuilds the original polynomials
#     'np.allclose(np.polyval(scipy.signal.invres(r, p, k)[0], np.array([0.5, 2j])) / np.polyval(scipy.signal.invres(r, p, k)[1], np.array([0.5, 2j])), (np.array([0.5, 2j]) + 2) / ((np.array([0.5, 2j]) + 1) ** 2 * (np.array([0.5, 2j]) + 3)))',
# ]
# difficulty = 'advanced'
# tags = ['lti-system']
# ///
import numpy as np
from scipy import signal

numerator = [1, 2]
# multiply out (s + 1)^2 (s + 3) to get the denominator's coefficients
denominator = np.polymul([1, 2, 1], [1, 3])
r, p, k = signal.residue(numerator, denominator)
