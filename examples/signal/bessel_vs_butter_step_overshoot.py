# /// example
# task = """
# Compare the step responses of two 4th-order analog low-pass filters with cutoff 1 rad/s: a \
# Bessel filter (phase-normalised, the SciPy default) and a Butterworth filter. Simulate each \
# step response on the time grid `t` (0 to 20 s in 201 points) and store each filter's \
# overshoot, in percent of the final value 1, in `overshoot_bessel` and `overshoot_butter`."""
# prompt = """
# I'm choosing between a Bessel and a Butterworth anti-aliasing filter (both analog, 4th order, \
# cutoff 1 rad/s) and care about ringing on steps. Simulate both unit step responses on a time \
# grid `t` from 0 to 20 s with 201 points and tell me the percent overshoot of each (relative to \
# the final value 1): `overshoot_bessel` and `overshoot_butter`."""
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(t, np.linspace(0, 20, 201))',
#     'np.isclose(overshoot_bessel, 100 * (scipy.signal.step(scipy.signal.bessel(4, 1.0, analog=True), T=np.linspace(0, 20, 201))[1].max() - 1), atol=1e-3)',
#     'np.isclose(overshoot_butter, 100 * (scipy.signal.step(scipy.signal.butter(4, 1.0, analog=True), T=np.linspace(0, 20, 201))[1].max() - 1), atol=1e-3)',
#     # the Bessel filter's near-linear phase keeps its overshoot far below the Butterworth's
#     'overshoot_bessel < 2 < 8 < overshoot_butter',
# ]
# difficulty = 'intermediate'
# tags = ['system-response', 'iir-filter', 'lowpass', 'lti-system']
# ///
import numpy as np
from scipy import signal

t = np.linspace(0, 20, 201)
responses = {}
for name, design in [("bessel", signal.bessel), ("butter", signal.butter)]:
    # analog=True: the cutoff is an angular frequency in rad/s
    b, a = design(4, 1.0, analog=True)
    _, responses[name] = signal.step((b, a), T=t)
overshoot_bessel = 100 * (responses["bessel"].max() - 1)
overshoot_butter = 100 * (responses["butter"].max() - 1)
