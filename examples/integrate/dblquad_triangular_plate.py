# /// example
# task = """
# A triangular plate occupies 0 <= y <= x <= 1 with areal density x*y. Use `dblquad` (inner \
# variable y with an upper limit depending on x) to compute its mass `mass` and the x-coordinate \
# of its centre of mass `x_centroid`."""
# prompt = """
# A thin triangular plate covers 0 <= y <= x <= 1 and its areal density is x*y. Using scipy's \
# double integration (y as the inner variable, with its upper limit depending on x), compute the \
# plate's `mass` and the x-coordinate of its centre of mass, `x_centroid`, to high accuracy."""
# domain = 'numerical_methods'
# libraries = ['scipy.integrate']
# inputs = {}
# checks = [
#     'np.isclose(mass, 1 / 8, rtol=1e-10)',
#     'np.isclose(x_centroid, 0.8, rtol=1e-10)',
# ]
# difficulty = 'intermediate'
# tags = ['quadrature', 'multiple-integral', 'applied-science']
# ///
from scipy import integrate

# dblquad integrates func(y, x): y is the inner variable, here from 0 up to x
mass, _ = integrate.dblquad(lambda y, x: x * y, 0, 1, 0, lambda x: x)
moment_x, _ = integrate.dblquad(lambda y, x: x * x * y, 0, 1, 0, lambda x: x)
x_centroid = moment_x / mass
