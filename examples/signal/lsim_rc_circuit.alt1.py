import numpy as np
import scipy.signal as sps

tau = 1 / (2 * np.pi * 20.0)
rc = sps.TransferFunction([1.0], [tau, 1.0])

# the state depends on the realisation, so work with the state-space form lsim uses:
# steady state for a constant input u solves 0 = A x + B u
rc_ss = rc.to_ss()
x0 = np.linalg.solve(rc_ss.A, -rc_ss.B @ [signal[0]])

t_out, response, _ = sps.lsim(rc_ss, U=signal, T=t, X0=x0)
