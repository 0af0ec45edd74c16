import pickle

import numpy as np
from sklearn.linear_model import Ridge
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import FunctionTransformer, StandardScaler

model = Pipeline(
    [
        # a NumPy ufunc is importable by name, so the pipeline pickles
        ("log", FunctionTransformer(func=np.log1p, inverse_func=np.expm1)),
        ("scale", StandardScaler()),
        ("ridge", Ridge(alpha=1.0)),
    ]
).fit(X, y)
blob = pickle.dumps(model, protocol=pickle.HIGHEST_PROTOCOL)
restored = pickle.loads(blob)
