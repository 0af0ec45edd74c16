import numpy as np
from sklearn.decomposition import PCA
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

pipeline = make_pipeline(StandardScaler(), PCA()).fit(measurements)
explained = pipeline.named_steps["pca"].explained_variance_ratio_
cumulative = np.cumsum(explained)
# first position where the running total reaches 0.9, counted from 1
n_components_90 = int(np.searchsorted(cumulative, 0.9)) + 1
