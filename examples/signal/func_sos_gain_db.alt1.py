import numpy as np


def sos_gain_db(sos, freqs_hz, fs):
    """Gain in dB of the digital filter given as second-order sections.

    sos is an (n_sections, 6) array, freqs_hz the frequencies in Hz at
    which to evaluate it and fs the sampling rate in Hz. Returns a float
    array, 20 * log10 of the magnitude response, one value per frequency.
    """
    z_inv = np.exp(-2j * np.pi * np.asarray(freqs_hz, dtype=float) / fs)
    powers = np.stack([np.ones_like(z_inv), z_inv, z_inv**2])
    sections = np.atleast_2d(sos)
    # each section is (b0 + b1 z^-1 + b2 z^-2) / (a0 + a1 z^-1 + a2 z^-2); the gains in dB add up
    numerators = sections[:, :3] @ powers
    denominators = sections[:, 3:] @ powers
    return np.sum(20 * np.log10(np.abs(numerators / denominators)), axis=0)
