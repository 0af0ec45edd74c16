# /// example
# task = """
# Fit a Gaussian KDE to each channel of the DataFrame `sensor` plus an extra channel \
# `sensor_stuck` that repeats a single reading. A constant channel has no spread to set a \
# bandwidth, so reject it with a ValueError (and also catch the `numpy.linalg.LinAlgError` \
# gaussian_kde raises for singular data); store each fitted channel's density evaluated at its \
# own readings in the dict `densities` and the error message of each rejected channel in the dict \
# `failures`."""
# prompt = """
# I want a Gaussian KDE per channel of my DataFrame `sensor`, plus an extra channel \
# `sensor_stuck` that just repeats one reading. A constant channel has no spread for a bandwidth, \
# so reject it with a ValueError (and also catch the numpy LinAlgError that the KDE raises on \
# singular data). Store each fitted channel's density evaluated at its own readings in a dict \
# `densities` and each rejected channel's error message in a dict `failures`, both keyed by \
# channel name."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy', 'pandas']
# inputs = { sensor = 'sensor' }
# checks = [
#     "'sensor_stuck' in failures and 'sensor_stuck' not in densities",
#     # a channel whose variance underflows (readings near 1e-170) is as singular as a constant one
#     'set(densities) == {c for c in sensor.columns if sensor[c].nunique() > 1 and sensor[c].var() > 0}',
#     "set(densities) | set(failures) == {*sensor.columns, 'sensor_stuck'}",
#     'all(d.shape == (len(sensor),) and np.all(d > 0) for d in densities.values())',
# ]
# difficulty = 'advanced'
# tags = ['density-estimation', 'error-handling', 'time-series', 'validation']
# edge_cases = true
# ///
import numpy as np
from scipy import stats


def fit_kde(readings):
    # test distinct values, not std == 0: rounding can leave a constant channel a tiny variance
    if readings.nunique() < 2:
        raise ValueError(f"channel {readings.name!r} is constant; cannot choose a bandwidth")
    return stats.gaussian_kde(readings)


channels = sensor.assign(sensor_stuck=sensor.iloc[0, 0])
densities, failures = {}, {}
for name, readings in channels.items():
    try:
        kde = fit_kde(readings)
    except (ValueError, np.linalg.LinAlgError) as exc:
        failures[name] = str(exc)
        continue
    densities[name] = kde(readings)
