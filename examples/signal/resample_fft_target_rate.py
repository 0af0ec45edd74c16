# /// example
# task = """
# Resample `signal` (sampled at `fs` Hz, time axis `t`) to a new rate `fs_new` = 11025 Hz with \
# the FFT method (`resample`), returning the resampled data `resampled` and its time axis `t_new`."""
# prompt = """
# I need `signal` (sampled at `fs` Hz, time axis `t`) at a new rate `fs_new` = 11025 Hz. Resample \
# it with the FFT (Fourier) method to round(len(signal) * fs_new / fs) samples and return the \
# resampled data `resampled` together with its time axis `t_new`."""
# domain = 'signal_processing'
# libraries = ['scipy.signal']
# inputs = { signal = 'audio.signal', fs = 'audio.fs', t = 'audio.t' }
# checks = [
#     'len(resampled) == len(t_new) == round(len(signal) * fs_new / fs)',
#     'np.isclose(t_new[0], t[0]) and np.isclose(t_new[1] - t_new[0], len(signal) / fs / len(resampled))',
#     'abs(dominant_frequency(resampled, fs_new) - dominant_frequency(signal, fs)) <= 2 * fs / len(signal)',
# ]
# difficulty = 'basic'
# tags = ['fourier-transform', 'resampling']
# [edge_cases]
# noise_only = false
# why = 'the check follows the strongest tone: a pure-noise draw has no strongest component (when the FFT method downsamples, the new Nyquist bin gathers two of the old bins and may come out on top)'
# ///
from scipy import signal as sps

fs_new = 11025.0
num = round(len(signal) * fs_new / fs)
# the FFT method treats the record as periodic; passing t also returns the new time axis
resampled, t_new = sps.resample(signal, num, t=t)
