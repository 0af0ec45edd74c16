# /// example
# task = """
# Build the flow log below as the DataFrame `flow` (time in minutes, flow rate in litres per \
# minute, unevenly spaced) and integrate the rate over time with the trapezoidal rule, storing \
# the total volume in litres in `volume_l`.
#
# ```text
#    minute  litres_per_min
# 0     0.0             2.0
# 1     1.0             3.0
# 2     2.5             4.0
# 3     4.0             4.0
# 4     6.0             1.0
# ```
#
# Wanted:
#
# ```text
# volume_l = 18.75
# ```"""
# prompt = """
# From this pump log (`flow`, minutes and L/min, not evenly spaced) I want the total volume in `volume_l`:
#
# ```text
#    minute  litres_per_min
# 0     0.0             2.0
# 1     1.0             3.0
# 2     2.5             4.0
# 3     4.0             4.0
# 4     6.0             1.0
# ```
#
# how do I get the total pumped volume with the trapezoid rule? It should be
#
# ```text
# volume_l = 18.75
# ```
#
# stored in `volume_l`."""
# task_type = 'input-output'
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'pandas']
# inputs = {}
# checks = [
#     'np.isclose(volume_l, 18.75)',
#     'flow["minute"].tolist() == [0.0, 1.0, 2.5, 4.0, 6.0] and flow["litres_per_min"].tolist() == [2.0, 3.0, 4.0, 4.0, 1.0]',
# ]
# difficulty = 'basic'
# tags = ['sampled-data', 'quadrature']
# ///
import pandas as pd
from scipy import integrate

flow = pd.DataFrame(
    {
        "minute": [0.0, 1.0, 2.5, 4.0, 6.0],
        "litres_per_min": [2.0, 3.0, 4.0, 4.0, 1.0],
    }
)
# passing x= uses the real, uneven time steps instead of unit spacing
volume_l = integrate.trapezoid(flow["litres_per_min"], x=flow["minute"])
