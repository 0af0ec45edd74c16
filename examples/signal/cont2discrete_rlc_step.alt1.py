import numpy as np
import scipy.signal as sps

resistance, inductance, capacitance = 2.0, 0.1, 0.01
A = np.array([[0.0, 1.0 / capacitance], [-1.0 / inductance, -resistance / inductance]])
B = np.array([[0.0], [1.0 / inductance]])
C = np.array([[1.0, 0.0]])
D = np.zeros((1, 1))

discrete = sps.StateSpace(A, B, C, D).to_discrete(0.001, method="zoh")
Ad, Bd = discrete.A, discrete.B
t, response = sps.dstep(discrete, n=501)
v_c = np.squeeze(response[0])
