import numpy as np
import scipy.signal as sps

m, c, k = 1.0, 0.4, 25.0
# X(s) / F(s) = 1 / (m s^2 + c s + k), converted to a state-space realisation
oscillator = sps.TransferFunction([1.0], [m, c, k]).to_ss()

t_out, displacement = oscillator.impulse(T=np.linspace(0, 10, 1001))
