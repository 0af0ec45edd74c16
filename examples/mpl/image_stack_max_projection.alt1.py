import matplotlib.pyplot as plt
import numpy as np

mip = np.amax(frames, axis=0)
fig = plt.figure()
ax = fig.add_subplot()
img = ax.imshow(mip, cmap=plt.get_cmap("magma"))
cbar = fig.colorbar(img)
cbar.set_label("max intensity")
ax.set_title("Maximum-intensity projection")
ax.set_xlabel("x (pixel)")
ax.set_ylabel("y (pixel)")
