from scipy import fft

spectrum = fft.fftn(frames, axes=(1, 2), workers=-1)
# |z|^2 as re^2 + im^2, without the square root of abs
power = spectrum.real**2 + spectrum.imag**2
