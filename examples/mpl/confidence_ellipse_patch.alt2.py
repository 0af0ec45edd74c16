import matplotlib.pyplot as plt
import numpy as np
from matplotlib.patches import Ellipse

x, y = X[:, 0], X[:, 1]
cov = np.cov(x, y)
variances, vectors = np.linalg.eigh(cov)
variances = np.maximum(variances, 0.0)  # a zero variance can come out as -1e-17
# the Ellipse's width runs along its (rotated) x direction: use the first eigenvector for it
first = vectors[:, 0]
n_std = 2

fig, ax = plt.subplots()
ax.plot(x, y, "o", markersize=3, alpha=0.6, label="samples")
ellipse = Ellipse(
    xy=(x.mean(), y.mean()),
    width=2 * n_std * np.sqrt(variances[0]),
    height=2 * n_std * np.sqrt(variances[1]),
    angle=np.degrees(np.arctan2(first[1], first[0])),
    fill=False,
    edgecolor="red",
    label="2σ ellipse",
)
ax.add_patch(ellipse)
ax.set(xlabel="x₁", ylabel="x₂", title="2σ covariance ellipse")
ax.legend()
