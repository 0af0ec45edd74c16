# /// example
# task = """
# Take the 3rd-order analog Butterworth low-pass prototype (cutoff 1 rad/s) from `buttap` and \
# transform it with `lp2hp_zpk` into an analog high-pass filter whose cutoff is 50 Hz, i.e. \
# 2*pi*50 rad/s. Store its zeros, poles and gain in `z_hp`, `p_hp` and `k_hp`."""
# prompt = """
# I have the normalised 3rd-order Butterworth prototype from `buttap` and need an analog \
# high-pass version of it with a 50 Hz cutoff (the analog transform wants rad/s). Give me the \
# zeros, poles and gain as `z_hp`, `p_hp` and `k_hp`, using the zpk low-pass to high-pass \
# transform."""
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(np.sort_complex(np.asarray(p_hp)), np.sort_complex(scipy.signal.butter(3, 2 * np.pi * 50, btype="highpass", analog=True, output="zpk")[1]))',
#     # an analog high-pass has as many zeros as poles, all at s = 0
#     'len(z_hp) == len(p_hp) and np.allclose(z_hp, 0)',
#     # unit gain far above the cutoff and -3 dB exactly at 2*pi*50 rad/s
#     'np.allclose(np.abs(scipy.signal.freqs_zpk(z_hp, p_hp, k_hp, worN=[2 * np.pi * 50, 2 * np.pi * 5e4])[1]), [1 / np.sqrt(2), 1], rtol=1e-6)',
# ]
# difficulty = 'intermediate'
# tags = ['filter-design', 'highpass', 'lti-system']
# ///
import numpy as np
from scipy import signal

z_lp, p_lp, k_lp = signal.buttap(3)
# the analog transforms take angular frequency, so 50 Hz becomes 2*pi*50 rad/s
z_hp, p_hp, k_hp = signal.lp2hp_zpk(z_lp, p_lp, k_lp, wo=2 * np.pi * 50)
