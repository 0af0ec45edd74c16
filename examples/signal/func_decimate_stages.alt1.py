import numpy as np
import scipy.signal as sps


def decimate_in_stages(x, factor):
    """Downsample `x` by the integer `factor` with anti-aliasing.

    The factor is split into its prime factors, applied largest first, each
    stage a call of scipy.signal.decimate with its default zero-phase
    IIR filter (one call with a large factor is numerically unstable).
    `factor` 1 returns a float copy. Returns ceil(len(x) / factor) samples.
    Raises ValueError("factor has a prime factor above 13") when a stage
    would exceed 13.
    """
    stages = []
    remaining = factor
    # dividing out the allowed primes from the largest gives the stages in order
    for prime in (13, 11, 7, 5, 3, 2):
        while remaining % prime == 0:
            stages.append(prime)
            remaining //= prime
    if remaining != 1:
        raise ValueError("factor has a prime factor above 13")
    out = np.asarray(x, dtype=float).copy()
    for q in stages:
        out = sps.decimate(out, q)
    return out


low_rate = decimate_in_stages(x, 20)
try:
    decimate_in_stages(x, 17)
except ValueError as exc:
    prime_error = str(exc)
