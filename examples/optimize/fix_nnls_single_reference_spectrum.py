# /// example
# task = """
# The rows of `absorbance` are spectra. This code should find the non-negative factor by which \
# the first spectrum must be scaled to best match the second in the least-squares sense, storing \
# it in `scale`, but it raises an error:
#
# ```python
# from scipy import optimize
#
# reference, measured = absorbance[0], absorbance[1]
# coefficients, residual = optimize.nnls(reference, measured)
# scale = coefficients[0]
# ```
#
# ```text
# ValueError: Expected a 2D array, but the shape of A is (400,)
# ```
#
# Fix it."""
# prompt = """
# I want to know how much of my reference spectrum (row 0 of `absorbance`) is in a measured one \
# (row 1), as a non-negative least-squares scale factor `scale`:
#
# ```python
# from scipy import optimize
#
# reference, measured = absorbance[0], absorbance[1]
# coefficients, residual = optimize.nnls(reference, measured)
# scale = coefficients[0]
# ```
#
# ```text
# ValueError: Expected a 2D array, but the shape of A is (400,)
# ```
#
# Why does it want a 2-D array for a single component?"""
# task_type = 'fix'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = { absorbance = 'spectra.absorbance' }
# checks = [
#     # one-column NNLS: the ordinary projection coefficient, clipped at zero
#     'np.isclose(scale, max(0.0, absorbance[0] @ absorbance[1] / (absorbance[0] @ absorbance[0])) if absorbance[0] @ absorbance[0] > 0 else 0.0, rtol=1e-6, atol=1e-12)',
#     'np.ndim(scale) == 0 and scale >= 0',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'least-squares', 'applied-science']
# [edge_cases]
# min_size = 2
# why = 'the task compares the first two spectra, so it needs at least 2 of them'
# ///
from scipy import optimize

reference, measured = absorbance[0], absorbance[1]
# nnls wants a design matrix: one column per component, even when there is only one
coefficients, residual = optimize.nnls(reference[:, None], measured)
scale = coefficients[0]
