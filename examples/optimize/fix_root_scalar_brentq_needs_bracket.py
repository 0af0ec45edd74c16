# /// example
# task = """
# This code should find the internal rate of return of the cash flows -1000, 300, 400, 500 \
# (years 0 to 3), the rate r at which the net present value sum(c_t / (1 + r)^t) is zero, and \
# store it in `irr`, but it raises an error:
#
# ```python
# import numpy as np
# from scipy.optimize import root_scalar
#
# cash_flows = np.array([-1000.0, 300.0, 400.0, 500.0])
#
#
# def npv(rate):
#     return np.sum(cash_flows / (1 + rate) ** np.arange(cash_flows.size))
#
#
# irr = root_scalar(npv, x0=0.05, method="brentq").root
# ```
#
# ```text
# ValueError: Bracket needed for brentq
# ```
#
# Fix it; the net present value is positive at r = 0 and negative at r = 1."""
# prompt = """
# I'm computing the internal rate of return `irr` of the cash flows -1000, 300, 400, 500 (years 0 \
# to 3), where the net present value sum(c_t / (1 + r)^t) crosses zero:
#
# ```python
# import numpy as np
# from scipy.optimize import root_scalar
#
# cash_flows = np.array([-1000.0, 300.0, 400.0, 500.0])
#
#
# def npv(rate):
#     return np.sum(cash_flows / (1 + rate) ** np.arange(cash_flows.size))
#
#
# irr = root_scalar(npv, x0=0.05, method="brentq").root
# ```
#
# ```text
# ValueError: Bracket needed for brentq
# ```
#
# I gave it a starting guess of 5%. The NPV is positive at 0% and negative at 100%, if that helps."""
# task_type = 'fix'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     '0 < irr < 1',
#     'abs(np.sum(np.array([-1000.0, 300.0, 400.0, 500.0]) / (1 + irr) ** np.arange(4))) < 1e-8',
#     # the IRR is the positive real root of the cubic in 1 / (1 + r)
#     'np.isclose(irr, 1 / max(z.real for z in np.roots([500.0, 400.0, 300.0, -1000.0]) if abs(z.imag) < 1e-12 and z.real > 0) - 1)',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'root-finding']
# ///
import numpy as np
from scipy.optimize import root_scalar

cash_flows = np.array([-1000.0, 300.0, 400.0, 500.0])


def npv(rate):
    return np.sum(cash_flows / (1 + rate) ** np.arange(cash_flows.size))


# brentq needs an interval on which the function changes sign, not a starting point
irr = root_scalar(npv, bracket=[0.0, 1.0], method="brentq").root
