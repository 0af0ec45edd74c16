import scipy.signal as sps

b, a = sps.butter(4, 300, btype="highpass", fs=fs)
# keep the (b, a) pair but convert it to sections before filtering
cleaned = sps.sosfilt(sps.tf2sos(b, a), x)
