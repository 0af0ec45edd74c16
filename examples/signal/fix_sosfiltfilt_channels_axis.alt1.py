import scipy.signal as sps

lowpass = sps.butter(2, 0.1, btype="low", fs=1.0, output="sos")
smoothed = sensor.apply(lambda column: sps.sosfiltfilt(lowpass, column.to_numpy()))
