# /// example
# task = """
# This code should taper the recording `x` with a Tukey window whose cosine ramps cover 10% of \
# the samples in total (5% at each end, the middle 90% left untouched), storing the result in \
# `tapered`. It runs, but the middle of the signal comes out attenuated as well:
#
# ```python
# from scipy.signal import windows
#
# tapered = x * windows.tukey(len(x), alpha=10)
# ```
#
# Fix it."""
# prompt = """
# I taper my recording `x` with a Tukey window so that only 10% of the samples (5% at each end) \
# are in the cosine ramps and the middle 90% is unchanged, result in `tapered`:
#
# ```python
# from scipy.signal import windows
#
# tapered = x * windows.tukey(len(x), alpha=10)
# ```
#
# but the whole signal looks like it got a Hann window. What is wrong?"""
# task_type = 'fix'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { x = 'stereo.x' }
# checks = [
#     'np.shape(tapered) == np.shape(x)',
#     'np.allclose(tapered, x * scipy.signal.windows.tukey(len(x), alpha=0.1))',
#     # the middle sample is inside the flat part and unchanged
#     'np.isclose(tapered[len(x) // 2], x[len(x) // 2])',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'window-functions']
# edge_cases = true
# ///
from scipy.signal import windows

# alpha is the tapered fraction of the window (0 to 1), not a percentage; alpha >= 1 gives a Hann window
tapered = x * windows.tukey(len(x), alpha=0.1)
