# /// example
# task = """
# Generate 1 s at `fs` = 1000 Hz of a 10 Hz square wave `square_wave` (50% duty) and a 10 Hz \
# pulse-width-modulated wave `pwm` with 25% duty cycle using `scipy.signal.square`."""
# prompt = """
# With scipy.signal.square, generate 1 s at `fs` = 1000 Hz of a 10 Hz square wave `square_wave` \
# (50% duty) and a 10 Hz pulse-width-modulated wave `pwm` with a 25% duty cycle, both taking \
# values -1 and +1."""
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     'set(np.unique(pwm)) <= {-1.0, 1.0} and set(np.unique(square_wave)) <= {-1.0, 1.0}',
#     'abs(np.mean(pwm > 0) - 0.25) < 0.01',
#     'abs(np.mean(square_wave > 0) - 0.5) < 0.01',
#     # a 50% square wave has only odd harmonics
#     'band_power(square_wave, fs, 19, 21) < 1e-3 * band_power(square_wave, fs, 29, 31)',
# ]
# difficulty = 'basic'
# tags = ['waveform-generation']
# ///
import numpy as np
from scipy import signal as sps

fs, f0 = 1000.0, 10.0
t = np.arange(0, 1, 1 / fs)
square_wave = sps.square(2 * np.pi * f0 * t)
# duty is the fraction of each period spent at +1
pwm = sps.square(2 * np.pi * f0 * t, duty=0.25)
