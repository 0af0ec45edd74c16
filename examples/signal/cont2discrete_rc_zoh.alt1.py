import numpy as np
import scipy.signal

time_constant = 0.01
# state space of the RC circuit: x' = (u - x) / RC, y = x
A = np.array([[-1 / time_constant]])
B = np.array([[1 / time_constant]])
C = np.array([[1.0]])
D = np.array([[0.0]])
Ad, Bd, Cd, Dd, _ = scipy.signal.cont2discrete((A, B, C, D), 1 / fs, method="zoh")
num, a = scipy.signal.ss2tf(Ad, Bd, Cd, Dd)
b = num[0]
filtered = scipy.signal.lfilter(b, a, signal)
