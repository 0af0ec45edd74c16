import scipy.signal as sps

# in powers of z^-1 the same filter is b = [1], a = [1, -0.5]
h = sps.lfilter([1.0], [1.0, -0.5], sps.unit_impulse(5))
