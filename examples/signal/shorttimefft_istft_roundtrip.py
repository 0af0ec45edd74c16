# /// example
# task = """
# Set up a `ShortTimeFFT` for the recording `x` (sampled at `fs` Hz) with a periodic 256-sample \
# Hann window and a hop of 64 samples, compute the STFT of `x` into `stft_values`, and invert it \
# back to a signal `reconstructed` of the same length as `x`."""
# prompt = """
# I'm going to edit my recording `x` (rate `fs`) in the time-frequency domain, so first I want \
# to check the round trip: with SciPy's `ShortTimeFFT` class (periodic Hann window of 256 \
# samples, hop 64) take the STFT into `stft_values` and invert it to `reconstructed`, the same \
# length as `x`."""
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { x = 'audio.signal', fs = 'audio.fs' }
# checks = [
#     'np.shape(reconstructed) == np.shape(x)',
#     # Hann at hop 64 satisfies the overlap-add condition: the signal comes back exactly
#     'np.allclose(reconstructed, x, atol=1e-9 * np.abs(x).max())',
#     'np.iscomplexobj(stft_values) and np.shape(stft_values)[0] == 256 // 2 + 1',
# ]
# difficulty = 'intermediate'
# tags = ['time-frequency', 'window-functions']
# requires = { scipy = ">=1.12" }
# [edge_cases]
# min_size = 256
# why = 'the STFT needs at least one full 256-sample window of signal'
# ///
from scipy.signal import ShortTimeFFT
from scipy.signal.windows import hann

stft = ShortTimeFFT(hann(256, sym=False), hop=64, fs=fs)
stft_values = stft.stft(x)
# k1 trims the padded frames back to the original number of samples
reconstructed = stft.istft(stft_values, k1=len(x))
