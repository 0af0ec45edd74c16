import scipy.signal as sps

dt = 1 / fs
# discretise the state-space form instead: its matrices stay 2-D by design
A, B, C, D = sps.tf2ss([1.0], [0.05, 1.0])
Ad, Bd, Cd, Dd, _ = sps.cont2discrete((A, B, C, D), dt, method="zoh")
_, y, _ = sps.dlsim((Ad, Bd, Cd, Dd, dt), u)
response = y.ravel()
