# /// example
# task = """
# Scatter the first two columns of `X` and overlay their 2-standard-deviation covariance ellipse \
# as a `matplotlib.patches.Ellipse` (`ellipse`, unfilled red edge) centred on the means, with \
# axes along the eigenvectors of the covariance matrix; legend entries "samples" and "2σ \
# ellipse", axes labels and a title. Keep the figure in `fig`."""
# prompt = """
# Scatter the first two columns of `X` and overlay their 2-standard-deviation covariance ellipse \
# as an Ellipse patch (`ellipse`, unfilled with a red edge): centred on the two means, axes along \
# the eigenvectors of the sample covariance matrix (np.cov, ddof=1), and full width/height equal \
# to 2 x 2 standard deviations along each eigenvector. Legend entries "samples" and "2σ ellipse", \
# axis labels and a title; keep the figure in `fig`."""
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = { X = 'matrix' }
# checks = [
#     'np.allclose(ellipse.center, (X[:, 0].mean(), X[:, 1].mean()))',
#     # the ellipse's own covariance, R(angle) diag((width/4)², (height/4)²) R(angle)ᵀ, is the data's: right axes,
#     # right directions, whichever eigenvector the width follows
#     '(lambda th, w, h: np.allclose(np.array([[np.cos(th), -np.sin(th)], [np.sin(th), np.cos(th)]]) @ np.diag([(w / 4) ** 2, (h / 4) ** 2]) @ np.array([[np.cos(th), np.sin(th)], [-np.sin(th), np.cos(th)]]), np.cov(X[:, 0], X[:, 1]), rtol=1e-6, atol=1e-9 * np.mean(X[:, :2] ** 2)))(np.radians(ellipse.angle), ellipse.width, ellipse.height)',
#     # a quarter of each axis is one standard deviation: their squares add up to the total variance
#     # (atol at the rounding level of the data's second moment: a constant sample's covariance is rounding noise)
#     'np.isclose((ellipse.width / 4) ** 2 + (ellipse.height / 4) ** 2, np.trace(np.cov(X[:, 0], X[:, 1])), rtol=1e-9, atol=1e-12 * np.mean(X[:, :2] ** 2))',
#     "figure_summary(fig).axes[0].legend_labels == ['samples', '2σ ellipse']",
#     "figure_summary(fig).axes[0].xlabel != '' and figure_summary(fig).axes[0].ylabel != ''",
# ]
# difficulty = 'advanced'
# tags = ['annotation', 'correlation']
# [edge_cases]
# min_size = 2
# why = 'a covariance needs two or more samples'
# ///
import matplotlib.pyplot as plt
import numpy as np
from matplotlib.patches import Ellipse

x, y = X[:, 0], X[:, 1]
eigvals, eigvecs = np.linalg.eigh(np.cov(x, y))
# eigh sorts ascending: the last eigenvector is the major axis
angle = np.degrees(np.arctan2(eigvecs[1, -1], eigvecs[0, -1]))
n_std = 2.0
# a covariance is positive semi-definite, but rounding can leave a zero eigenvalue slightly negative
width, height = 2 * n_std * np.sqrt(np.clip(eigvals[::-1], 0, None))
ellipse = Ellipse(
    (x.mean(), y.mean()),
    width,
    height,
    angle=angle,
    facecolor="none",
    edgecolor="tab:red",
    linewidth=2,
    label="2σ ellipse",
)

fig, ax = plt.subplots()
ax.scatter(x, y, s=12, alpha=0.6, label="samples")
ax.add_patch(ellipse)
ax.set_xlabel("feature 1")
ax.set_ylabel("feature 2")
ax.set_title("Samples with covariance ellipse")
ax.legend()
