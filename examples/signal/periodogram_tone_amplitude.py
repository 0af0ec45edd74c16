# /// example
# task = """
# Compute the power spectrum (not density) of `signal` (sampled at `fs` Hz) with a flat-top \
# window using `periodogram`, convert it to sine amplitudes `amplitude`, and store the frequency \
# and amplitude of the strongest component in `peak_freq` and `peak_amplitude`."""
# prompt = """
# I want to read a tone's amplitude off a spectrum of `signal` (sampled at `fs` Hz): compute a \
# periodogram scaled as a power spectrum (not a density) with a flat-top window, convert it to \
# sine amplitudes `amplitude`, and store the frequency and amplitude of the strongest component \
# in `peak_freq` and `peak_amplitude`."""
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { signal = 'noisy.signal', fs = 'noisy.fs' }
# checks = [
#     'abs(peak_freq - dominant_frequency(signal, fs)) <= 2 * fs / len(signal)',
#     # second route: the peak of the finely interpolated (16x zero-padded) plain DFT, which reads
#     # the strongest sine's amplitude wherever its frequency falls between the bins
#     'np.isclose(peak_amplitude, 2 * np.abs(np.fft.rfft(signal - np.mean(signal), 16 * len(signal))).max() / len(signal), rtol=0.1)',
# ]
# difficulty = 'intermediate'
# tags = ['spectral-analysis', 'window-functions']
# [edge_cases]
# tone_ranges = [[20, 40], [60, 100], [150, 200]]
# noise_only = false
# max_noise = 0.1
# min_seconds = 0.5
# why = "the checks read the amplitude of the strongest sine, which a pure-noise draw does not have; a flat-top window's main lobe is about 10 bins wide, so the strongest tone is drawn from 20 Hz up and the record is half a second or more (2 Hz bins) to resolve it from DC and the next tone; and the lobe gathers the noise of those bins, which must stay well below the tone (std 0.1) for the reading to agree with a second estimate to 10%"
# ///
import numpy as np
from scipy import signal as sps

# scaling="spectrum" gives power per bin (V**2); a flat-top window keeps peak heights exact
freqs, power = sps.periodogram(signal, fs=fs, window="flattop", scaling="spectrum")
amplitude = np.sqrt(2 * power)  # RMS**2 of a sine is A**2 / 2
peak = np.argmax(amplitude)
peak_freq, peak_amplitude = freqs[peak], amplitude[peak]
