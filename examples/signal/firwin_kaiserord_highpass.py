# /// example
# task = """
# Design a linear-phase FIR high-pass for the recording `x` (sampled at `fs` Hz) with the Kaiser \
# window method: at least 60 dB stop-band attenuation, a transition band 200 Hz wide centred on \
# the 1000 Hz cutoff. Get the length and beta from `kaiserord`, round the length up to the next \
# odd number (a high-pass needs an odd length), build the taps with `firwin` in `taps`, and store \
# the filtered signal (`lfilter`, causal) in `filtered`."""
# prompt = """
# I need an FIR high-pass for `x` (rate `fs`): cutoff 1000 Hz, 200 Hz transition band, 60 dB of \
# attenuation, Kaiser window method. Use kaiserord for the length and beta (bump the length to \
# the next odd number, since an even-length high-pass isn't possible), put the taps in `taps` and \
# the causally filtered recording in `filtered`."""
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { x = 'audio.signal', fs = 'audio.fs' }
# checks = [
#     'len(taps) == scipy.signal.kaiserord(60, 200 / (fs / 2))[0] | 1',
#     'np.allclose(taps, scipy.signal.firwin(scipy.signal.kaiserord(60, 200 / (fs / 2))[0] | 1, 1000, window=("kaiser", scipy.signal.kaiserord(60, 200 / (fs / 2))[1]), pass_zero="highpass", fs=fs))',
#     'np.allclose(taps, taps[::-1])',
#     'np.allclose(filtered, np.convolve(x, taps)[: len(x)], rtol=1e-9, atol=1e-9 * np.abs(x).max())',
# ]
# difficulty = 'intermediate'
# tags = ['fir-filter', 'filter-design', 'highpass', 'window-functions']
# edge_cases = true
# ///
from scipy import signal

# kaiserord takes the transition width as a fraction of the Nyquist frequency
numtaps, beta = signal.kaiserord(60, 200 / (fs / 2))
numtaps |= 1
taps = signal.firwin(numtaps, 1000, window=("kaiser", beta), pass_zero="highpass", fs=fs)
filtered = signal.lfilter(taps, 1.0, x)
