import numpy as np
import scipy.signal


def instantaneous_frequency(x, fs):
    """Instantaneous frequency in Hz of the real signal x sampled at fs Hz.

    Takes the phase of the analytic signal (via the Hilbert transform),
    unwraps it and differentiates it sample to sample, so the result has
    len(x) - 1 values. Raises ValueError when x has fewer than 2 samples.
    """
    samples = np.asarray(x, dtype=float)
    if len(samples) < 2:
        raise ValueError(f"instantaneous frequency needs 2 or more samples, got {len(samples)}")
    analytic = scipy.signal.hilbert(samples)
    # phase step between neighbours, taken as the angle of z[n+1] * conj(z[n]) (no wrapping)
    step = np.angle(analytic[1:] * np.conj(analytic[:-1]))
    return step * fs / (2 * np.pi)


inst_freq = instantaneous_frequency(x, fs)
