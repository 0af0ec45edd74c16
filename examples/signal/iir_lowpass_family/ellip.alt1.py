import scipy.signal as sps

sos = sps.iirfilter(4, 30, rp=1, rs=50, btype="lowpass", ftype="ellip", output="sos", fs=fs)
# forward-backward filtering cancels the phase
filtered = sps.sosfiltfilt(sos, signal)
w, h = sps.sosfreqz(sos, worN=2048, fs=fs)
