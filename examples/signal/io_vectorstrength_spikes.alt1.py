import numpy as np

spikes = np.array([0.012, 0.108, 0.215, 0.301, 0.395, 0.514, 0.610, 0.702])
period = 0.1
# each spike is a unit phasor at its phase 2 pi t / period; their mean has the wanted length and angle
mean_vector = np.mean(np.exp(2j * np.pi * spikes / period))
strength = float(np.abs(mean_vector))
phase = float(np.angle(mean_vector))
