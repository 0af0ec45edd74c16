# /// example
# task = """
# Pass `signal` (sampled at `fs` Hz) through a 4th-order Butterworth 60 Hz low-pass (`lfilter`, \
# started in steady state for the first sample, as a system that was already running) and add \
# independent noise (std 0.1 times the signal's, seed 21) to get `measured`; compute the \
# magnitude-squared coherence `Cxy` between `signal` and `measured` with 256-sample segments, \
# with frequencies `freqs`."""
# prompt = """
# I want to see what coherence looks like for a noisy linear system. Pass `signal` (sampled at \
# `fs` Hz) through a 4th-order Butterworth 60 Hz low-pass in (b, a) form, filtered causally but \
# started in steady state at the first sample as if the system had already been running, then add \
# independent Gaussian noise with std 0.1 times the signal's std (numpy generator seeded with 21) \
# to get `measured`. Compute the magnitude-squared coherence between `signal` and `measured` \
# using 256-sample segments, with frequencies in `freqs` and coherence in `Cxy`."""
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { signal = 'noisy.signal', fs = 'noisy.fs' }
# checks = [
#     'freqs.shape == Cxy.shape',
#     'np.all((Cxy >= 0) & (Cxy <= 1 + 1e-12))',
#     # coherent where the system passes the input, not where the added noise dominates; the pass
#     # band's coherence is averaged with the input's power as weight (a sum of pure tones is
#     # coherent at its tones only), and the filter's delay of a few ms costs some of it within a
#     # 256-sample segment (down to about 0.9 at 2 kHz)
#     'np.average(Cxy[freqs < 30], weights=scipy.signal.welch(signal, fs=fs, nperseg=256)[1][freqs < 30]) > 0.8',
#     'Cxy[freqs > 200].mean() < 0.5',
#     "np.allclose(freqs, np.fft.rfftfreq(256, 1 / fs)) and np.allclose(Cxy, scipy.signal.coherence(signal, measured, fs=fs, nperseg=256)[1])",
#     # started in steady state: no start-up transient, the first samples differ from the steady-state
#     # response only by the added noise (5 of its standard deviations at most)
#     'np.max(np.abs(measured - scipy.signal.lfilter(*scipy.signal.butter(4, 60, fs=fs), signal, zi=scipy.signal.lfilter_zi(*scipy.signal.butter(4, 60, fs=fs)) * signal[0])[0])[:10]) <= 0.5 * signal.std() + 1e-9 * np.abs(signal).max()',
# ]
# difficulty = 'advanced'
# tags = ['spectral-analysis', 'lti-system']
# [edge_cases]
# min_size = 1200
# why = 'coherence is an average over segments (from a single segment it is 1 at every frequency): 1200 samples make eight 256-sample segments'
# ///
import numpy as np
from scipy import signal as sps

rng = np.random.default_rng(21)
b, a = sps.butter(4, 60, fs=fs)
# the system was running before the record began: start it in steady state, not at rest
output, _ = sps.lfilter(b, a, signal, zi=sps.lfilter_zi(b, a) * signal[0])
measured = output + 0.1 * signal.std() * rng.standard_normal(signal.size)
freqs, Cxy = sps.coherence(signal, measured, fs=fs, nperseg=256)
