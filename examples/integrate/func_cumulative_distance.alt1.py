import numpy as np


def distance_travelled(t, speed):
    """Cumulative distance from sampled speed by the trapezoidal rule.

    Returns a float array as long as `t` whose first value is 0.0 and whose
    k-th value is the integral of speed from t[0] to t[k]; an empty input
    gives an empty array. Raises ValueError("t must be strictly increasing")
    when the times are not strictly increasing.
    """
    times = np.asarray(t, dtype=float)
    v = np.asarray(speed, dtype=float)
    steps = np.diff(times)
    if (steps <= 0).any():
        raise ValueError("t must be strictly increasing")
    if len(times) == 0:
        return np.zeros(0)
    segments = steps * (v[1:] + v[:-1]) / 2
    return np.concatenate(([0.0], np.cumsum(segments)))


t_s = [0, 10, 20, 30, 45, 60]
speed_ms = [0.0, 8.0, 15.0, 20.0, 20.0, 12.0]
distance_m = distance_travelled(t_s, speed_ms)

try:
    distance_travelled([0, 5, 5, 10], [1.0, 2.0, 3.0, 4.0])
except ValueError as exc:
    order_error = str(exc)
