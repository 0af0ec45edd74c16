# /// example
# task = """
# Run `PCA` on the standardized columns of the numeric DataFrame `measurements`; store the \
# `explained_variance_ratio_` in `explained`, its running total in `cumulative` and the smallest \
# number of components that explains at least 90% of the variance in `n_components_90`."""
# prompt = """
# Run a PCA, keeping all components, on the standardized columns of my numeric DataFrame \
# `measurements`. Store the explained-variance ratios in `explained`, their running total in \
# `cumulative`, and the smallest number of components that explains at least 90% of the variance \
# in `n_components_90`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { measurements = 'measurements' }
# checks = [
#     # PCA keeps min(n_samples, n_features) components
#     'explained.shape == (min(measurements.shape),)',
#     # the ratios divide by the total variance, which a frame whose every column is constant
#     # (up to rounding) does not have: they are NaN then
#     '((measurements.max() - measurements.min()) ** 2 <= 1e-24 * (measurements ** 2).max()).all() or np.isclose(explained.sum(), 1)',
#     '((measurements.max() - measurements.min()) ** 2 <= 1e-24 * (measurements ** 2).max()).all() or (np.all(np.diff(explained) <= 1e-12) and np.allclose(cumulative, np.cumsum(explained)))',
#     '((measurements.max() - measurements.min()) ** 2 <= 1e-24 * (measurements ** 2).max()).all() or (cumulative[n_components_90 - 1] >= 0.9 and (n_components_90 == 1 or cumulative[n_components_90 - 2] < 0.9))',
# ]
# difficulty = 'basic'
# tags = ['dimensionality-reduction', 'standardization']
# edge_cases = true
# ///
import numpy as np
from sklearn.decomposition import PCA
from sklearn.preprocessing import StandardScaler

# standardize first, or the column with the largest units dominates the components
scaled = StandardScaler().fit_transform(measurements)
pca = PCA().fit(scaled)
explained = pca.explained_variance_ratio_
cumulative = np.cumsum(explained)
n_components_90 = int(np.searchsorted(cumulative, 0.90) + 1)
