import numpy as np
import pandas as pd
from sklearn import model_selection

bins = pd.qcut(y, 4, labels=False)
indices = np.arange(len(y))
train_idx, test_idx = model_selection.train_test_split(
    indices, test_size=0.25, stratify=bins, random_state=0
)
X_train, X_test, y_train, y_test = X[train_idx], X[test_idx], y[train_idx], y[test_idx]
