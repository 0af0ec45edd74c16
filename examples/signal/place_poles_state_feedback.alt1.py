import numpy as np
import scipy.linalg as la
import scipy.signal as sps

A = np.array([[0.0, 1.0], [0.0, 0.0]])
B = np.array([[0.0], [1.0]])
K = sps.place_poles(A, B, [-2 + 2j, -2 - 2j]).gain_matrix
closed_loop_poles = la.eigvals(A - B @ K)

t = np.linspace(0, 5, 501)
# on a uniform grid the free response advances by the same matrix exponential every step
step = la.expm((A - B @ K) * (t[1] - t[0]))
states = [np.array([1.0, 0.0])]
for _ in t[1:]:
    states.append(step @ states[-1])
position = np.array(states)[:, 0]
