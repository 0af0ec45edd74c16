import scipy.signal as sps

z, p, k = sps.butter(8, [430, 450], btype="bandpass", fs=fs, output="zpk")
tone = sps.sosfiltfilt(sps.zpk2sos(z, p, k), recording)
