# /// example
# task = """
# A second sensor records `signal` (sampled at `fs` Hz) 5 samples later with independent noise \
# (10% of the signal's standard deviation, seed 1): build `received`, compute the cross-spectral \
# density `Pxy` of `signal` and `received` with `csd` (256-sample segments) at frequencies \
# `freqs`, and estimate the delay `delay_s` in seconds from the slope of its unwrapped phase, \
# fitted over the bins where the magnitude-squared coherence exceeds 0.5. A phase slope needs \
# broadband content: raise ValueError when fewer than half of the bins are coherent."""
# prompt = """
# A second sensor sees `signal` (sampled at `fs` Hz) delayed by 5 samples, with independent noise \
# at 10% of the signal's standard deviation (seed 1); build that as `received`. Compute the \
# cross-spectral density `Pxy` of `signal` and `received` with 256-sample Welch segments \
# (frequencies in `freqs`) and estimate the delay `delay_s` in seconds from the slope of a line \
# fitted to its unwrapped phase, using only the bins where the magnitude-squared coherence (same \
# segments) exceeds 0.5. A phase slope needs broadband content, so raise ValueError if fewer than \
# half of the bins are coherent."""
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { signal = 'noisy.signal', fs = 'noisy.fs' }
# checks = [
#     'received.shape == signal.shape',
#     'np.iscomplexobj(Pxy) and Pxy.shape == freqs.shape',
#     'abs(delay_s - 5 / fs) < 0.5 / fs',
#     'np.allclose(freqs, np.fft.rfftfreq(256, 1 / fs)) and np.allclose(Pxy, scipy.signal.csd(signal, received, fs=fs, nperseg=256)[1])',
# ]
# difficulty = 'advanced'
# tags = ['spectral-analysis', 'error-handling', 'validation']
# [edge_cases]
# min_size = 1200
# raises = 'ValueError'
# why = 'a noise-free sum of tones has no broadband phase, which the snippet refuses with ValueError; the coherence that picks the bins takes averaging over several 256-sample segments (1200 samples make eight)'
# ///
import numpy as np
from scipy import signal as sps

rng = np.random.default_rng(1)
lag = 5
received = np.concatenate([np.zeros(lag), signal[:-lag]])
received += 0.1 * signal.std() * rng.standard_normal(signal.size)
freqs, Pxy = sps.csd(signal, received, fs=fs, nperseg=256)
# the phase means something only where the two records are coherent (a sum of pure tones
# is coherent at its tones alone, and a delay has no slope to show there)
_, Cxy = sps.coherence(signal, received, fs=fs, nperseg=256)
coherent = Cxy > 0.5
if coherent.mean() < 0.5:
    raise ValueError(
        f"only {coherent.mean():.0%} of the bins are coherent: no broadband phase to fit"
    )
# a pure delay tau has phase -2*pi*f*tau
phase = np.unwrap(np.angle(Pxy[coherent]))
slope = np.polyfit(freqs[coherent], phase, 1)[0]
delay_s = -slope / (2 * np.pi)
