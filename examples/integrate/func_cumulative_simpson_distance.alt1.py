import numpy as np
from scipy import integrate


def distance_travelled(speed, dt):
    """Running distance from equally spaced speed samples.

    speed holds n >= 2 samples taken every dt seconds. Returns an array of
    length n: the distance covered up to each sample, starting at 0, by
    cumulative Simpson integration (exact for speeds that are quadratic
    in time). Raises ValueError("need at least 2 samples") otherwise.
    """
    v = np.array(speed, dtype=float)
    if len(v) < 2:
        raise ValueError("need at least 2 samples")
    # pass the sample times instead of the spacing
    times = dt * np.arange(len(v))
    return integrate.cumulative_simpson(v, x=times, initial=0.0)


try:
    distance_travelled([3.0], 0.5)
except ValueError as exc:
    short_error = str(exc)
