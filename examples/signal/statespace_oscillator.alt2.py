import numpy as np
from scipy import signal

m, c, k = 1.0, 0.4, 25.0
# states: displacement and velocity; m x'' + c x' + k x = F
A = np.array([[0.0, 1.0], [-k / m, -c / m]])
B = np.array([[0.0], [1.0 / m]])
C = np.array([[1.0, 0.0]])
D = np.array([[0.0]])
oscillator = signal.StateSpace(A, B, C, D)

t_out = np.linspace(0.0, 10.0, 1001)
t_out, displacement = signal.impulse(oscillator, T=t_out)
