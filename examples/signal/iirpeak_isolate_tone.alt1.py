import numpy as np
from scipy import signal as ss

# resonator centred on the known tone; second-order sections for a numerically robust zero-phase pass
b, a = ss.iirpeak(tones[2], Q=20, fs=fs)
sos = ss.tf2sos(b, a)
isolated = ss.sosfiltfilt(sos, signal)

middle = isolated[len(isolated) // 4 : 3 * len(isolated) // 4]
amplitude = np.sqrt(2) * np.std(middle)
