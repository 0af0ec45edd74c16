# /// example
# task = """
# Interpolate the daily `temperature` column of `weather` onto a 6-hourly grid with an \
# interpolating cubic B-spline (no smoothing, mirror-symmetric ends) from `cspline1d` and \
# `cspline1d_eval`. Store the grid, in days since the first row (0, 0.25, ... up to the last \
# day), in `t_fine` and the interpolated temperatures in `temp_fine`."""
# prompt = """
# My `weather` DataFrame has one `temperature` per day and I'd like a smooth 6-hourly curve \
# through those points with SciPy's signal-processing cubic spline (`cspline1d`, no smoothing, \
# mirror-symmetric boundaries). Put the times in days from the first row (0, 0.25, ... to the \
# last day) in `t_fine` and the values in `temp_fine`."""
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy', 'pandas']
# inputs = { weather = 'weather' }
# checks = [
#     'np.allclose(t_fine, np.arange(4 * (len(weather) - 1) + 1) / 4)',
#     'np.allclose(temp_fine, scipy.signal.cspline1d_eval(scipy.signal.cspline1d(weather["temperature"].to_numpy(dtype=float)), np.arange(4 * (len(weather) - 1) + 1) / 4), equal_nan=True)',
#     # an interpolating spline passes through every daily value
#     'np.allclose(np.asarray(temp_fine)[::4], weather["temperature"].to_numpy(dtype=float), atol=1e-5 * (1 + np.nanmax(np.abs(weather["temperature"].to_numpy(dtype=float)))), equal_nan=True)',
# ]
# difficulty = 'intermediate'
# tags = ['resampling', 'time-series']
# [edge_cases]
# min_size = 10
# why = 'the mirror-symmetric start-up of the spline filter is exact to 1e-5 only from about 10 days on'
# ///
import numpy as np
from scipy import signal

daily = weather["temperature"].to_numpy(dtype=float)
# lamb=0 (the default) makes the spline pass through every sample
coefficients = signal.cspline1d(daily, lamb=0.0)
t_fine = np.arange(4 * (len(daily) - 1) + 1) / 4
temp_fine = signal.cspline1d_eval(coefficients, t_fine, dx=1.0, x0=0.0)
