# /// example
# task = """
# This code should compute the energy of the recorded signal `signal`, sampled at `fs` Hz, as \
# the integral of signal**2 over time with Simpson's rule, and store it in `energy`, but it \
# raises an error:
#
# ```python
# from scipy.integrate import simpson
#
# energy = simpson(signal**2, 1 / fs)
# ```
#
# ```text
# ValueError: If given, shape of x must be 1-D or the same as y.
# ```
#
# Fix it."""
# prompt = """
# I want the energy of my recording `signal` (sampled at `fs` Hz), the time integral of the \
# squared signal with Simpson's rule, in `energy`:
#
# ```python
# from scipy.integrate import simpson
#
# energy = simpson(signal**2, 1 / fs)
# ```
#
# ```text
# ValueError: If given, shape of x must be 1-D or the same as y.
# ```
#
# I'm only passing the sample spacing. What's wrong?"""
# task_type = 'fix'
# domain = 'signal_processing'
# libraries = ['scipy.integrate', 'numpy']
# inputs = { signal = 'audio.signal', fs = 'audio.fs' }
# checks = [
#     'np.ndim(energy) == 0',
#     'np.isclose(energy, scipy.integrate.simpson(signal**2, dx=1 / fs), rtol=1e-9, atol=1e-12)',
#     # Simpson and trapezoid sums of the non-negative signal**2 differ by far less than half:
#     # catches a time scale off by a factor of fs or fs**2
#     'np.isclose(energy, np.sum((signal[1:] ** 2 + signal[:-1] ** 2) / 2) / fs, rtol=0.5, atol=1e-9)',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'quadrature', 'sampled-data']
# edge_cases = true
# ///
from scipy.integrate import simpson

# the second positional argument is x, the sample positions; a constant spacing goes in dx=
energy = simpson(signal**2, dx=1 / fs)
