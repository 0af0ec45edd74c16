import numpy as np
import scipy.signal

generator = np.random.default_rng(2024)
n_obs = 120
t = np.sort(generator.uniform(low=0.0, high=20.0, size=n_obs))
brightness = 12.0 + 0.3 * np.sin(2.0 * np.pi * t / 0.37) + 0.05 * generator.standard_normal(n_obs)

freqs = np.linspace(0.1, 5.0, num=5000)
omega = 2.0 * np.pi * freqs
centred = brightness - np.mean(brightness)
power = scipy.signal.lombscargle(t, centred, omega, normalize=False)
peak = power.argmax()
best_period = 1.0 / freqs[peak]
