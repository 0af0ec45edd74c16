import scipy.signal as sps

# design in zeros/poles/gain, then pair them into second-order sections
z, p, k = sps.iirdesign(wp=1000, ws=1300, gpass=1, gstop=50, ftype="cheby2", output="zpk", fs=fs)
sos = sps.zpk2sos(z, p, k)
filtered = sps.sosfiltfilt(sos, x)
