import numpy as np
from scipy.stats import gaussian_kde

dataset = np.transpose(points)
kde = gaussian_kde(dataset, bw_method="scott")
density = kde.evaluate(dataset)
