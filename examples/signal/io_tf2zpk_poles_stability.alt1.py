import numpy as np
from scipy.signal import TransferFunction

num = [2, -2]
den = [1, -1.5, 0.56]

# dt=True marks the system as discrete-time (unit sampling period)
system = TransferFunction(num, den, dt=True).to_zpk()
zeros = system.zeros
poles = sorted(system.poles.real, reverse=True)
gain = system.gain
is_stable = bool(np.max(np.abs(system.poles)) < 1)
