import matplotlib.pyplot as plt
import numpy as np
from matplotlib.patches import Ellipse

xy = X[:, :2]
center = xy.mean(axis=0)
cov = np.cov(xy, rowvar=False)
eigvals, eigvecs = np.linalg.eigh(cov)  # ascending eigenvalues
eigvals = np.clip(eigvals, 0, None)  # rounding can make a zero variance slightly negative
major = eigvecs[:, 1]
angle = np.degrees(np.arctan2(major[1], major[0]))
# full axis lengths of the 2-sigma ellipse: 2 * (2 * sqrt(eigenvalue))
width, height = 4 * np.sqrt(eigvals[1]), 4 * np.sqrt(eigvals[0])

fig, ax = plt.subplots(figsize=(6, 6))
ax.scatter(xy[:, 0], xy[:, 1], s=12, alpha=0.7, label="samples")
ellipse = Ellipse(
    center, width, height, angle=angle, fill=False, edgecolor="red", linewidth=2, label="2σ ellipse"
)
ax.add_patch(ellipse)
ax.set_xlabel("Feature 0")
ax.set_ylabel("Feature 1")
ax.set_title("Samples with 2σ covariance ellipse")
ax.legend()
