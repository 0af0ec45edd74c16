import scipy.signal as sps

b, a = sps.butter(4, 800, btype="low", fs=fs)
clean = sps.filtfilt(b, a, recording)
removed = recording - clean
