import numpy as np
from sklearn.preprocessing import KBinsDiscretizer

ages = np.array([[3], [17], [25], [38], [46], [59], [64], [80]])
binner = KBinsDiscretizer(n_bins=4, encode="onehot-dense", strategy="uniform").fit(ages)
# the one-hot columns are the bins, so the position of the 1 is the band number
age_band = binner.transform(ages).argmax(axis=1)
band_edges = binner.bin_edges_[0]
