# /// example
# task = """
# After a dose, the drug concentration in plasma follows C(t) = 5 exp(-0.4 t) + 1 mg/L (t in \
# hours). This code should find the time `t_threshold` at which C falls to 2 mg/L, but it raises \
# an error:
#
# ```python
# import numpy as np
# from scipy.optimize import brentq
#
#
# def excess(t):
#     return 5 * np.exp(-0.4 * t) + 1 - 2
#
#
# t_threshold = brentq(excess, 0, 2)
# ```
#
# ```text
# ValueError: f(a) and f(b) must have different signs
# ```
#
# Fix it."""
# prompt = """
# I need the time when my concentration curve C(t) = 5 exp(-0.4 t) + 1 (mg/L, hours) drops to \
# 2 mg/L, in `t_threshold`. With
#
# ```python
# import numpy as np
# from scipy.optimize import brentq
#
#
# def excess(t):
#     return 5 * np.exp(-0.4 * t) + 1 - 2
#
#
# t_threshold = brentq(excess, 0, 2)
# ```
#
# I get
#
# ```text
# ValueError: f(a) and f(b) must have different signs
# ```
#
# What does that mean?"""
# task_type = 'fix'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     # 5 exp(-0.4 t) = 1 gives t = ln(5) / 0.4
#     'np.isclose(t_threshold, np.log(5) / 0.4)',
#     'abs(5 * np.exp(-0.4 * t_threshold) + 1 - 2) < 1e-8',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'root-finding', 'applied-science']
# ///
import numpy as np
from scipy.optimize import brentq


def excess(t):
    return 5 * np.exp(-0.4 * t) + 1 - 2


# the bracket must contain the crossing: C is still 3.25 mg/L at t = 2 and 1.09 mg/L at t = 10
t_threshold = brentq(excess, 0, 10)
