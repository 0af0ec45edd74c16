import scipy.signal as sps

fs = 800.0
nyquist = fs / 2
# without fs=, the cutoff is a fraction of Nyquist: 100 / 400 = 0.25
b, a = sps.iirfilter(2, 100 / nyquist, btype="lowpass", ftype="butter", output="ba")
