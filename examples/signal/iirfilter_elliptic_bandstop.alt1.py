import scipy.signal

band = (45.0, 55.0)
sos = scipy.signal.iirfilter(
    N=4,
    Wn=band,
    rp=1.0,
    rs=40.0,
    btype="bandstop",
    analog=False,
    ftype="ellip",
    output="sos",
    fs=fs,
)
# filtfilt-style zero-phase filtering with second-order sections
filtered = scipy.signal.sosfiltfilt(sos, signal, axis=-1)
