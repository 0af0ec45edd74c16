import numpy as np

zeros, poles, gain = np.array([]), np.array([-1.0]), 1.0
s = 1j * np.array([0.5, 1.0, 2.0])
# H(s) = k prod(s - z) / prod(s - p) on the imaginary axis; an empty product is 1
response = gain * np.prod(s[:, None] - zeros, axis=1) / np.prod(s[:, None] - poles, axis=1)
magnitude = np.abs(response)
phase_deg = np.angle(response, deg=True)
