import numpy as np
from scipy.optimize import root_scalar


def bandwidth_3db(num, den):
    """-3 dB bandwidth in rad/s of the stable low-pass system num(s) / den(s).

    The bandwidth is the lowest angular frequency w > 0 at which |H(jw)|
    falls to |H(0)| / sqrt(2), located to 1e-10 relative accuracy. Raises
    ValueError("gain never drops 3 dB") when |H(jw)| stays above that level
    up to 1000 times the largest pole magnitude.
    """

    def magnitude(w):
        return np.abs(np.polyval(num, 1j * w) / np.polyval(den, 1j * w))

    half_power = magnitude(0.0) / np.sqrt(2)
    largest_pole = np.abs(np.roots(den)).max()
    omegas = np.geomspace(largest_pole * 1e-6, largest_pole * 1e3, 3000)
    crossed = magnitude(omegas) <= half_power
    if not crossed.any():
        raise ValueError("gain never drops 3 dB")
    k = int(np.argmax(crossed))
    if k == 0:
        return float(omegas[0])
    result = root_scalar(
        lambda w: magnitude(w) - half_power,
        bracket=(omegas[k - 1], omegas[k]),
        xtol=1e-14,
        rtol=1e-12,
    )
    return float(result.root)


sensor_bw = bandwidth_3db([25.0], [1.0, 4.0, 25.0])
try:
    bandwidth_3db([1.0, 1.0], [0.1, 1.0])
except ValueError as exc:
    lead_error = str(exc)
