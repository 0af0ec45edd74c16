import numpy as np


def mean_direction(degrees):
    """Circular mean and circular standard deviation of compass directions.

    `degrees` are angles in degrees; NaN values are ignored. Returns
    (mean direction in degrees within [0, 360), circular standard
    deviation sqrt(-2 ln R) in degrees, where R is the mean resultant
    length). Raises ValueError when there is no non-NaN angle.
    """
    radians = np.radians(np.asarray(degrees, dtype=float))
    radians = radians[np.isfinite(radians)]
    if len(radians) == 0:
        raise ValueError("no valid directions")
    # average the unit vectors: their direction is the mean, their length R the concentration
    s, c = np.sin(radians).mean(), np.cos(radians).mean()
    resultant = min(np.hypot(s, c), 1.0)
    mean_deg = np.degrees(np.arctan2(s, c)) % 360
    # a tiny negative angle wraps to exactly 360.0 in floating point
    if mean_deg >= 360:
        mean_deg = 0.0
    return mean_deg, np.degrees(np.sqrt(-2 * np.log(resultant)))


wind_summary = mean_direction([340, 355, 5, 20, 350])
try:
    mean_direction([np.nan])
except ValueError as exc:
    empty_message = str(exc)
