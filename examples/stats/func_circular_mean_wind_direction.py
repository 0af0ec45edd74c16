# /// example
# task = '''
# Write a function `mean_direction` with the signature and docstring below, apply it to the wind
# directions 340, 355, 5, 20, 350 (degrees) and store the returned pair in `wind_summary`. Call
# it on `[np.nan]` too, catch the `ValueError` and store its message in `empty_message`.
#
# ```python
# def mean_direction(degrees):
#     """Circular mean and circular standard deviation of compass directions.
#
#     `degrees` are angles in degrees; NaN values are ignored. Returns
#     (mean direction in degrees within [0, 360), circular standard
#     deviation sqrt(-2 ln R) in degrees, where R is the mean resultant
#     length). Raises ValueError when there is no non-NaN angle.
#     """
# ```'''
# prompt = """
# Averaging wind directions with `np.mean` gives nonsense around north (350 and 10 average to \
# 180). Please write `mean_direction(degrees)` that returns `(circular mean in [0, 360), \
# circular standard deviation sqrt(-2 ln R) in degrees)`, ignores NaNs and raises `ValueError` \
# when no angle is left. Apply it to `340, 355, 5, 20, 350` as `wind_summary`, and put the error \
# message you get for `[np.nan]` in `empty_message`."""
# task_type = 'function'
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = {}
# checks = [
#     # 350 and 10 average to north: 0 (or a hair below 360)
#     '(lambda m: min(m % 360, 360 - m % 360) < 1e-6)(mean_direction([350, 10])[0]) and 0 <= mean_direction([350, 10])[0] < 360',
#     'np.allclose(mean_direction([90, 90, 90]), (90, 0), atol=1e-6)',
#     # R = cos(45 deg) for 0 and 90 degrees
#     'np.allclose(mean_direction([0, 90]), (45, np.degrees(np.sqrt(-2 * np.log(np.cos(np.pi / 4))))))',
#     'np.allclose(mean_direction([10, np.nan, 30]), (20, np.degrees(np.sqrt(-2 * np.log(np.cos(np.radians(10)))))))',
#     '(lambda d: np.allclose(mean_direction(d), (np.degrees(scipy.stats.circmean(np.radians(d))), np.degrees(scipy.stats.circstd(np.radians(d))))))(np.random.default_rng(0).uniform(0, 180, size=30))',
#     '(lambda a: np.isclose(wind_summary[0], np.degrees(np.arctan2(np.sin(a).mean(), np.cos(a).mean())) % 360))(np.radians([340, 355, 5, 20, 350]))',
#     'isinstance(empty_message, str) and len(empty_message) > 0',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'descriptive-statistics', 'error-handling']
# ///
import numpy as np
from scipy import stats


def mean_direction(degrees):
    """Circular mean and circular standard deviation of compass directions.

    `degrees` are angles in degrees; NaN values are ignored. Returns
    (mean direction in degrees within [0, 360), circular standard
    deviation sqrt(-2 ln R) in degrees, where R is the mean resultant
    length). Raises ValueError when there is no non-NaN angle.
    """
    angles = np.asarray(degrees, dtype=float)
    angles = angles[~np.isnan(angles)]
    if angles.size == 0:
        raise ValueError("mean_direction needs at least one non-NaN angle")
    # high=360 / low=0 make circmean and circstd work in degrees directly
    mean = stats.circmean(angles, high=360, low=0)
    spread = stats.circstd(angles, high=360, low=0)
    return float(mean % 360), float(spread)


wind_summary = mean_direction([340, 355, 5, 20, 350])
try:
    mean_direction([np.nan])
except ValueError as error:
    empty_message = str(error)
