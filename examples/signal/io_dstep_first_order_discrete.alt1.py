import numpy as np
from scipy import signal

n_samples = 6
t_steps = np.arange(n_samples, dtype=float)
# filtering a unit step with b = [1], a = [1, -0.5] runs the same difference equation
step_response = signal.lfilter([1.0], [1.0, -0.5], np.ones(n_samples))
