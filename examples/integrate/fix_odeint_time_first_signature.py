# /// example
# task = """
# A cup of tea at 90 deg C cools in a room whose temperature swings daily, \
# T_room(t) = 20 + 5 sin(2 pi t / 24) (t in hours), following dT/dt = -0.3 (T - T_room(t)). This \
# code should give its temperature at the 97 times `hours = np.linspace(0, 48, 97)` in `temps` (a \
# 1-D array):
#
# ```python
# import numpy as np
# from scipy.integrate import odeint
#
#
# def cooling(t, temp):
#     room = 20 + 5 * np.sin(2 * np.pi * t / 24)
#     return -0.3 * (temp - room)
#
#
# hours = np.linspace(0, 48, 97)
# temps = odeint(cooling, 90.0, hours)[:, 0]
# ```
#
# It runs, but the curve is wrong: it does not settle into the daily swing of the room. Fix it."""
# prompt = """
# I'm modelling tea cooling from 90 deg C in a room with a daily temperature cycle: \
# dT/dt = -0.3 (T - (20 + 5 sin(2 pi t / 24))), t in hours. I want `temps` at \
# `hours = np.linspace(0, 48, 97)`:
#
# ```python
# import numpy as np
# from scipy.integrate import odeint
#
#
# def cooling(t, temp):
#     room = 20 + 5 * np.sin(2 * np.pi * t / 24)
#     return -0.3 * (temp - room)
#
#
# hours = np.linspace(0, 48, 97)
# temps = odeint(cooling, 90.0, hours)[:, 0]
# ```
#
# No error, but the result looks nothing like a cooling curve following the room. What did I mess \
# up?"""
# task_type = 'fix'
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(hours, np.linspace(0, 48, 97))',
#     'np.shape(temps) == (97,)',
#     'np.allclose(temps, scipy.integrate.solve_ivp(lambda t, y: -0.3 * (y - (20 + 5 * np.sin(2 * np.pi * t / 24))), (0, 48), [90.0], t_eval=np.linspace(0, 48, 97), rtol=1e-10, atol=1e-10).y[0], atol=1e-4)',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'ode', 'initial-value-problem', 'applied-science']
# ///
import numpy as np
from scipy.integrate import odeint


def cooling(t, temp):
    room = 20 + 5 * np.sin(2 * np.pi * t / 24)
    return -0.3 * (temp - room)


hours = np.linspace(0, 48, 97)
# odeint calls func(y, t) by default; tfirst=True matches a func(t, y) written for solve_ivp
temps = odeint(cooling, 90.0, hours, tfirst=True)[:, 0]
