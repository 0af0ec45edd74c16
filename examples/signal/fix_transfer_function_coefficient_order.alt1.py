import numpy as np
import scipy.signal as sps

natural_freq, damping = 2.0, 0.2
system = sps.lti([natural_freq**2], [1.0, 2 * damping * natural_freq, natural_freq**2])
t, y = system.step(T=np.linspace(0, 20, 501))
