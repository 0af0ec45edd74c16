# /// example
# task = """
# This code should compute the pH of a 0.01 M NaOH solution from the charge balance \
# [H+] + 0.01 = Kw / [H+] (Kw = 1e-14) and store it in `pH`; the exact answer is 12.0 but it \
# prints 11.92:
#
# ```python
# import numpy as np
# from scipy import optimize
#
# KW = 1e-14
# BASE = 0.01
#
#
# def charge_balance(h):
#     return h + BASE - KW / h
#
#
# h = optimize.brentq(charge_balance, 1e-14, 1.0)
# pH = -np.log10(h)
# ```
#
# Fix it so that `pH` is right to 6 decimals."""
# prompt = """
# My pH calculation for 0.01 M NaOH solves the charge balance [H+] + 0.01 = Kw / [H+] with \
# Kw = 1e-14 and stores `pH`; it should be 12.0 but gives 11.92:
#
# ```python
# import numpy as np
# from scipy import optimize
#
# KW = 1e-14
# BASE = 0.01
#
#
# def charge_balance(h):
#     return h + BASE - KW / h
#
#
# h = optimize.brentq(charge_balance, 1e-14, 1.0)
# pH = -np.log10(h)
# ```
#
# brentq says it converged. What's wrong?"""
# task_type = 'fix'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     # the quadratic h^2 + 0.01 h - 1e-14 = 0 solved in a cancellation-free form
#     'np.isclose(pH, -np.log10(2e-14 / (0.01 + np.sqrt(0.01**2 + 4e-14))), atol=1e-6)',
#     'abs(pH - 12.0) < 1e-6',
# ]
# difficulty = 'advanced'
# tags = ['debugging', 'root-finding', 'applied-science']
# ///
from scipy import optimize

KW = 1e-14
BASE = 0.01


def charge_balance_ph(ph):
    h = 10.0**-ph
    return h + BASE - KW / h


# brentq stops once the bracket is narrower than xtol = 2e-12, an absolute width larger than
# [H+] ~ 1e-12 itself; solving for pH puts the unknown on a scale of order one
pH = optimize.brentq(charge_balance_ph, 0.0, 14.0)
