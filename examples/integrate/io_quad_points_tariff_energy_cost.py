# /// example
# task = """
# A machine draws P(t) = 2 + sin(pi t / 12) kW over a day (t in hours, 0-24). Electricity \
# costs 0.30 per kWh from 07:00 to 19:00 and 0.12 otherwise. Integrate rate(t) * P(t) over \
# [0, 24] with `quad`, telling it where the tariff jumps (`points=[7, 19]`), and store the \
# daily cost in `daily_cost`.
#
# ```text
# power:  P(t) = 2 + sin(pi * t / 12) kW,  0 <= t <= 24 h
# tariff: 0.30 per kWh for 7 <= t < 19, else 0.12
# ```
#
# Wanted (rounded):
#
# ```text
# daily_cost = 9.7241
# ```"""
# prompt = """
# What does a day of running this machine cost?
#
# ```text
# power:  P(t) = 2 + sin(pi * t / 12) kW,  0 <= t <= 24 h
# tariff: 0.30 per kWh for 7 <= t < 19, else 0.12
# ```
#
# I want one quad call over the day that knows about the two tariff switches, with the result \
# in `daily_cost`. I expect
#
# ```text
# daily_cost = 9.7241
# ```"""
# task_type = 'input-output'
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     'np.isclose(daily_cost, 9.7241, atol=5e-5)',
#     'np.ndim(daily_cost) == 0',
# ]
# difficulty = 'basic'
# tags = ['quadrature', 'special-integrand', 'applied-science']
# ///
import numpy as np
from scipy import integrate


def cost_rate(t):
    tariff = 0.30 if 7 <= t < 19 else 0.12
    return tariff * (2 + np.sin(np.pi * t / 12))


# points splits the interval at the jumps, so no subinterval straddles a discontinuity
daily_cost, _ = integrate.quad(cost_rate, 0, 24, points=[7, 19])
