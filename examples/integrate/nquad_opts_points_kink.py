# /// example
# task = """
# Integrate f(x, y) = |x - y| over the unit square [0, 1] x [0, 1] with `nquad`. The integrand \
# has a kink along x = y, so pass the kink's location to the inner integration through \
# `opts={"points": [...]}` (a callable of the outer variable). Store the value in `value` and \
# the error estimate in `error`."""
# prompt = """
# I need the double integral of |x - y| over the unit square with nquad. The kink on the \
# diagonal slows the adaptive rule down, and I know where it is: for a given outer y the inner \
# integrand kinks at x = y. Tell the inner quadrature about it with the opts points option. \
# Store the result in `value` and the error estimate in `error`."""
# domain = 'numerical_methods'
# libraries = ['scipy.integrate']
# inputs = {}
# checks = [
#     # the mean distance between two independent U(0, 1) points is 1/3
#     'np.isclose(value, 1 / 3, atol=1e-12)',
#     '0 <= error < 1e-10',
# ]
# difficulty = 'intermediate'
# tags = ['multiple-integral', 'special-integrand', 'quadrature']
# ///
from scipy import integrate


def inner_options(y):
    # nquad calls this with the outer variable(s); the kink of |x - y| in x sits at x = y
    return {"points": [y]}


# ranges and opts run from the innermost variable (x) to the outermost (y)
value, error = integrate.nquad(lambda x, y: abs(x - y), [[0, 1], [0, 1]], opts=[inner_options, {}])
