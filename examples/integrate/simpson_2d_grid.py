# /// example
# task = """
# Integrate f(x, y) = x**2 * exp(y) over the rectangle [0, 2] x [0, 1] from samples on a 101 x 51 \
# grid by applying `simpson` twice: first along the y axis (`axis=1`) of the sample array `Z`, \
# then along x; store the result in `total`."""
# prompt = """
# I have f(x, y) = x**2 * exp(y) sampled on a 101 x 51 grid over [0, 2] x [0, 1], stored as `Z` \
# with x along the rows (shape (101, 51)). Integrate over the rectangle by applying Simpson's \
# rule twice, first along the y axis (axis=1) and then along x, and store the result in `total`."""
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     'Z.shape == (101, 51)',
#     'np.isclose(total, 8 / 3 * (np.e - 1), rtol=1e-6)',
# ]
# difficulty = 'intermediate'
# tags = ['quadrature', 'multiple-integral', 'sampled-data']
# ///
import numpy as np
from scipy import integrate

x = np.linspace(0, 2, 101)
y = np.linspace(0, 1, 51)
# indexing="ij" puts x along axis 0 and y along axis 1, so Z has shape (101, 51)
X, Y = np.meshgrid(x, y, indexing="ij")
Z = X**2 * np.exp(Y)
# integrating out y (axis=1) leaves one value per x, which the second call integrates
inner = integrate.simpson(Z, x=y, axis=1)
total = integrate.simpson(inner, x=x)
