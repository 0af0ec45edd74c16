import numpy as np


def gain_db(b, a, freqs_hz, fs):
    """Gain in dB of the digital filter with coefficients (b, a).

    `freqs_hz` is a sequence of frequencies in Hz and `fs` the sample rate
    in Hz. Returns a float array with one value per frequency,
    20 * log10(|H(f)|).
    """
    omega = 2 * np.pi * np.asarray(freqs_hz, dtype=float) / fs
    z_inv = np.exp(-1j * omega)
    # H(z) = B(z^-1) / A(z^-1); polyval wants the highest power first
    numerator = np.polyval(np.asarray(b, dtype=float)[::-1], z_inv)
    denominator = np.polyval(np.asarray(a, dtype=float)[::-1], z_inv)
    return 20 * np.log10(np.abs(numerator / denominator))


smoother_db = gain_db([0.25, 0.5, 0.25], [1.0], [0.0, 100.0, 200.0], 1000.0)
