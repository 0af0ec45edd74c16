# /// example
# task = '''
# Write a function `spectral_flatness` with the signature and docstring below. Apply it to the \
# recording `x` (sampled at `fs` Hz) and store the result in `flatness`.
#
# ```python
# def spectral_flatness(x, fs, nperseg=256):
#     """Spectral flatness (Wiener entropy) of x: the geometric mean of its
#     Welch PSD divided by the arithmetic mean, over all frequency bins
#     except DC (Hann segments of nperseg samples, at most len(x)).
#     Close to 1 for white noise, close to 0 for a pure tone.
#     Returns a float.
#     """
# ```'''
# prompt = """
# I'd like a helper `spectral_flatness(x, fs, nperseg=256)` that returns the Wiener entropy of a \
# signal: geometric mean over arithmetic mean of its Welch PSD (Hann segments of `nperseg` \
# samples, or the whole signal if it is shorter), skipping the DC bin. It should be near 1 for \
# noise and near 0 for a tone. Compute it for my recording `x` (rate `fs`) into `flatness`."""
# task_type = 'function'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { x = 'audio.signal', fs = 'audio.fs' }
# checks = [
#     # white noise: flat spectrum, flatness well above a tone's
#     'spectral_flatness(np.random.default_rng(0).standard_normal(4096), 1000.0) > 0.5',
#     'spectral_flatness(np.sin(2 * np.pi * 100 * np.arange(4096) / 1000), 1000.0) < 0.01',
#     'np.isclose(spectral_flatness(np.random.default_rng(1).standard_normal(500), 50.0, nperseg=64), (lambda p: np.exp(np.mean(np.log(p))) / np.mean(p))(scipy.signal.welch(np.random.default_rng(1).standard_normal(500), fs=50.0, nperseg=64)[1][1:]))',
#     # shorter than nperseg: one segment of the whole signal
#     'np.isclose(spectral_flatness(np.random.default_rng(2).standard_normal(100), 10.0), (lambda p: np.exp(np.mean(np.log(p))) / np.mean(p))(scipy.signal.welch(np.random.default_rng(2).standard_normal(100), fs=10.0, nperseg=100)[1][1:]))',
#     'isinstance(flatness, float) and np.isclose(flatness, (lambda p: np.exp(np.mean(np.log(p))) / np.mean(p))(scipy.signal.welch(x, fs=fs, nperseg=min(256, len(x)))[1][1:]))',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'spectral-analysis']
# edge_cases = true
# ///
import numpy as np
from scipy import signal


def spectral_flatness(x, fs, nperseg=256):
    """Spectral flatness (Wiener entropy) of x: the geometric mean of its
    Welch PSD divided by the arithmetic mean, over all frequency bins
    except DC (Hann segments of nperseg samples, at most len(x)).
    Close to 1 for white noise, close to 0 for a pure tone.
    Returns a float.
    """
    _, psd = signal.welch(x, fs=fs, window="hann", nperseg=min(nperseg, len(x)))
    psd = psd[1:]
    # the geometric mean through the mean of the logs
    return float(np.exp(np.mean(np.log(psd))) / np.mean(psd))


flatness = spectral_flatness(x, fs)
