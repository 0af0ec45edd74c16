# /// example
# task = """
# Integrate x^5 and x^6 over [0, 1] with 3-point Gauss-Legendre quadrature (SciPy's \
# fixed-order Gaussian rule, n = 3) and store the results in `quintic` and `sextic`. A 3-point \
# rule is exact up to degree 2 * 3 - 1 = 5, so the first is exact (1/6) and the second is not \
# (1/7 = 0.142857); rounded to 6 decimals they print as shown.
#
# ```text
# quintic = int_0^1 x^5 dx   (3-point Gauss-Legendre)
# sextic  = int_0^1 x^6 dx   (3-point Gauss-Legendre)
# ```
#
# Wanted:
#
# ```text
# quintic = 0.166667, sextic = 0.1425
# ```"""
# prompt = """
# I'm teaching Gaussian quadrature and want to show that a 3-point Gauss-Legendre rule (n = 3 \
# in scipy) integrates x^5 on [0, 1] exactly but not x^6. I need `quintic` and `sextic`:
#
# ```text
# quintic = int_0^1 x^5 dx   (3-point Gauss-Legendre)
# sextic  = int_0^1 x^6 dx   (3-point Gauss-Legendre)
# ```
#
# I expect
#
# ```text
# quintic = 0.166667, sextic = 0.1425
# ```"""
# task_type = 'input-output'
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     'np.isclose(quintic, 1 / 6, rtol=1e-12) and np.isclose(quintic, 0.166667, atol=5e-7)',
#     # three Gauss-Legendre nodes give 0.1425, not the exact 1/7
#     'np.isclose(sextic, 0.1425, atol=1e-12)',
# ]
# difficulty = 'intermediate'
# tags = ['quadrature', 'gaussian-quadrature']
# ///
from scipy.integrate import fixed_quad

# fixed_quad returns (value, None): a fixed rule has no error estimate
quintic, _ = fixed_quad(lambda x: x**5, 0.0, 1.0, n=3)
sextic, _ = fixed_quad(lambda x: x**6, 0.0, 1.0, n=3)
