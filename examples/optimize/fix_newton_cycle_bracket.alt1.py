from scipy.optimize import brentq

# f(-3) = -19 and f(0) = 2 bracket the root, so bisection-type methods cannot cycle
root = brentq(lambda x: x**3 - 2 * x + 2, -3, 0)
