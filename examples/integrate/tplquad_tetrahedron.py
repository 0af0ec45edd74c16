# /// example
# task = """
# Integrate f(x, y, z) = x*y*z over the tetrahedron x, y, z >= 0, x + y + z <= 1 with `tplquad`, \
# giving the y limit as a function of x and the z limit as a function of (x, y); store the result \
# in `value` and the error estimate in `abserr`."""
# prompt = """
# Compute the triple integral of x*y*z over the tetrahedron x, y, z >= 0, x + y + z <= 1 with \
# scipy's triple quadrature, with the y limit depending on x and the z limit on (x, y). Store the \
# result in `value` and the error estimate in `abserr`."""
# domain = 'numerical_methods'
# libraries = ['scipy.integrate']
# inputs = {}
# checks = [
#     'np.isclose(value, 1 / 720, rtol=1e-8)',
#     'abserr < 1e-8',
# ]
# difficulty = 'intermediate'
# tags = ['quadrature', 'multiple-integral']
# ///
from scipy import integrate

# tplquad's integrand is func(z, y, x); limits run from the outermost variable (x) inwards
value, abserr = integrate.tplquad(
    lambda z, y, x: x * y * z,
    0,
    1,
    0,
    lambda x: 1 - x,
    0,
    lambda x, y: 1 - x - y,
)
