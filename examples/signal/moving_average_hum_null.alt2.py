from scipy import signal as sps

hum_hz = tones[1]
# the number of samples closest to one period of the hum
k = max(1, round(fs / hum_hz))
boxcar = sps.windows.boxcar(k) / k  # unit-gain rectangular window
averaged = sps.convolve(signal, boxcar, mode="valid", method="direct")
