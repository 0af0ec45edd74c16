# /// example
# task = """
# A flow meter reads every 5 minutes (l/min), but two readings are missing (NaN). This code \
# should compute the total volume in litres over the 40 minutes with the trapezoidal rule and \
# store it in `volume`, but the result is nan:
#
# ```python
# import numpy as np
# from scipy.integrate import trapezoid
#
# minutes = np.array([0, 5, 10, 15, 20, 25, 30, 35, 40], dtype=float)
# flow = np.array([2.0, 2.4, np.nan, 3.1, 3.3, np.nan, 2.8, 2.5, 2.2])
# volume = trapezoid(flow, minutes)
# ```
#
# Fix it by integrating over the valid readings only, at their actual times (so a trapezoid \
# spans each gap)."""
# prompt = """
# My flow meter logs l/min every 5 minutes and two readings are missing (NaN), so the total \
# `volume` over 40 minutes comes out as nan:
#
# ```python
# import numpy as np
# from scipy.integrate import trapezoid
#
# minutes = np.array([0, 5, 10, 15, 20, 25, 30, 35, 40], dtype=float)
# flow = np.array([2.0, 2.4, np.nan, 3.1, 3.3, np.nan, 2.8, 2.5, 2.2])
# volume = trapezoid(flow, minutes)
# ```
#
# I'd like to just skip the missing readings and let the trapezoid bridge each gap between the \
# neighbouring valid times. How?"""
# task_type = 'fix'
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     'np.isfinite(volume)',
#     # trapezoids over the seven valid (time, flow) pairs, written out
#     'np.isclose(volume, np.sum(np.diff([0, 5, 15, 20, 30, 35, 40]) * (np.array([2.0, 2.4, 3.1, 3.3, 2.8, 2.5, 2.2])[1:] + np.array([2.0, 2.4, 3.1, 3.3, 2.8, 2.5, 2.2])[:-1]) / 2))',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'quadrature', 'sampled-data', 'missing-data']
# ///
import numpy as np
from scipy.integrate import trapezoid

minutes = np.array([0, 5, 10, 15, 20, 25, 30, 35, 40], dtype=float)
flow = np.array([2.0, 2.4, np.nan, 3.1, 3.3, np.nan, 2.8, 2.5, 2.2])
# any NaN term makes the whole sum NaN; keep the valid pairs and their real times
valid = ~np.isnan(flow)
volume = trapezoid(flow[valid], minutes[valid])
