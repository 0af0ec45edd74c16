import scipy.signal as sps

# naming every argument avoids mixing up the ripple and the cutoff
sos = sps.cheby1(N=4, rp=1.0, Wn=1000.0, btype="low", output="sos", fs=fs)
smoothed = sps.sosfiltfilt(sos, x)
