# /// example
# task = """
# Plot the magnitude-squared coherence between the two channels `x` and `y` (sampled at `fs` Hz) \
# on the Axes `ax` of the figure `fig` with Matplotlib's `cohere`, using Hann-windowed segments \
# of 256 samples (or a quarter of the signal length, rounded down, if that is shorter) overlapping by half a segment, and store \
# the coherence values and their frequencies returned by `cohere` in `coherence` and \
# `frequencies`. Label the axes and add a title."""
# prompt = """
# How coherent are my two channels `x` and `y` (`fs` Hz) across frequency? Please plot it with \
# `ax.cohere` on `ax` in `fig`: Hann windows of 256 samples (a quarter of the signal length, rounded down, if shorter), \
# 50% overlap, and keep the returned coherence in `coherence` and the frequencies in \
# `frequencies`. Axis labels and a title please."""
# domain = 'signal_processing'
# libraries = ['matplotlib', 'numpy', 'scipy.signal']
# inputs = { x = 'stereo.x', y = 'stereo.y', fs = 'stereo.fs' }
# checks = [
#     # Welch coherence with a symmetric Hann window and no detrending, as Matplotlib computes it
#     '(lambda n: (lambda f, c: np.allclose(frequencies, f) and np.allclose(coherence, c, atol=1e-8))(*scipy.signal.coherence(x, y, fs=fs, window=np.hanning(n), nperseg=n, noverlap=n // 2, detrend=False)))(min(256, len(x) // 4))',
#     'np.allclose(figure_summary(fig).axes[0].lines_xy[0], np.column_stack([frequencies, coherence]))',
#     'ax.get_xlabel() != "" and ax.get_ylabel() != "" and ax.get_title() != ""',
# ]
# difficulty = 'intermediate'
# tags = ['spectral-analysis', 'correlation', 'window-functions']
# edge_cases = true
# ///
import matplotlib.pyplot as plt

segment = min(256, len(x) // 4)
fig, ax = plt.subplots(figsize=(8, 4))
# cohere's default window is a Hann window of NFFT samples; noverlap sets the segment overlap
coherence, frequencies = ax.cohere(x, y, NFFT=segment, Fs=fs, noverlap=segment // 2)
ax.set(xlabel="frequency (Hz)", ylabel="coherence", title="Coherence between the channels")
