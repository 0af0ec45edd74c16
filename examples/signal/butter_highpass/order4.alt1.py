from scipy import signal as sg

# iirfilter is the general designer behind butter, cheby1, ...
sos = sg.iirfilter(4, 20, btype="highpass", ftype="butter", output="sos", fs=fs)
highpassed = sg.sosfilt(sos, signal)
