import matplotlib.pyplot as plt
import numpy as np

wavenumber = 1e7 / np.asarray(wavelength)
average = np.mean(absorbance, axis=0)

fig, ax = plt.subplots(figsize=(6, 3.5))
ax.plot(wavenumber, average, color="k")
ax.set_xlim(wavenumber.max(), wavenumber.min())
ax.set_xlabel("wavenumber (cm$^{-1}$)")
ax.set_ylabel("mean absorbance")
ax.set_title("Average IR spectrum")
