import scipy.signal as sps

nyquist = fs / 2
length, beta = sps.kaiserord(ripple=60, width=200 / nyquist)
if length % 2 == 0:
    length += 1
# cutoff normalised to Nyquist instead of passing fs
taps = sps.firwin(length, 1000 / nyquist, window=("kaiser", beta), pass_zero=False)
filtered = sps.lfilter(taps, [1.0], x)
