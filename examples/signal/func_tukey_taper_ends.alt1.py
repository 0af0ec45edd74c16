import numpy as np


def taper_ends(x, ramp):
    """Fade the signal x in and out with raised-cosine ramps.

    The first `ramp` + 1 samples are multiplied by 0.5 * (1 - cos(pi * n / ramp))
    for n = 0 ... ramp (from 0 up to 1), the last ones by the mirror image,
    and the samples in between are left unchanged (a Tukey window).
    ramp = 0 returns x unchanged. Returns a float array the length of x.

    Raises ValueError if the two ramps overlap (2 * ramp > len(x) - 1).
    """
    out = np.array(x, dtype=float)
    if 2 * ramp > len(out) - 1:
        raise ValueError("the fade-in and fade-out ramps overlap")
    if ramp == 0:
        return out
    fade = 0.5 * (1 - np.cos(np.pi * np.arange(ramp + 1) / ramp))
    out[: ramp + 1] *= fade
    out[len(out) - ramp - 1 :] *= fade[::-1]
    return out


tapered = taper_ends(x, 50)
error_message = ""
try:
    taper_ends(np.zeros(10), 6)
except ValueError as exc:
    error_message = str(exc)
