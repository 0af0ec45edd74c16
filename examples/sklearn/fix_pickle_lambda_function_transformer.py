# /// example
# task = """
# This code should fit a pipeline `model` that log-transforms the non-negative absorbance \
# spectra `X` (`log1p`), standardises them and fits a `Ridge()` regression of the concentrations `y`, then serialise it with \
# pickle into the bytes `blob` and load a copy back into `restored`, but pickling raises an \
# error:
#
# ```python
# import pickle
#
# import numpy as np
# from sklearn.linear_model import Ridge
# from sklearn.pipeline import make_pipeline
# from sklearn.preprocessing import FunctionTransformer, StandardScaler
#
# model = make_pipeline(FunctionTransformer(lambda a: np.log1p(a)), StandardScaler(), Ridge())
# model.fit(X, y)
# blob = pickle.dumps(model)
# restored = pickle.loads(blob)
# ```
#
# ```text
# PicklingError: Can't pickle <function <lambda> at 0x7f3a2c1e5d00>: attribute lookup <lambda> on __main__ failed
# ```
#
# Fix it."""
# prompt = """
# My pipeline (`log1p` of my absorbance spectra `X`, then scaling, then `Ridge()` for `y`) \
# trains fine as `model`, but I can't pickle it into `blob` to ship it and load it back as `restored`:
#
# ```python
# import pickle
#
# import numpy as np
# from sklearn.linear_model import Ridge
# from sklearn.pipeline import make_pipeline
# from sklearn.preprocessing import FunctionTransformer, StandardScaler
#
# model = make_pipeline(FunctionTransformer(lambda a: np.log1p(a)), StandardScaler(), Ridge())
# model.fit(X, y)
# blob = pickle.dumps(model)
# restored = pickle.loads(blob)
# ```
#
# ```text
# PicklingError: Can't pickle <function <lambda> at 0x7f3a2c1e5d00>: attribute lookup <lambda> on __main__ failed
# ```
#
# How do I make it picklable?"""
# task_type = 'fix'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'spectra.absorbance', y = 'spectra.concentration' }
# checks = [
#     'isinstance(blob, bytes) and isinstance(restored, sklearn.pipeline.Pipeline) and restored is not model',
#     '(lambda z: np.allclose(restored.predict(X), sklearn.linear_model.Ridge().fit(z.fit_transform(np.log1p(X)), y).predict(z.transform(np.log1p(X)))))(sklearn.preprocessing.StandardScaler())',
# ]
# difficulty = 'advanced'
# tags = ['debugging', 'pipeline', 'feature-engineering', 'regression']
# edge_cases = true
# ///
import pickle

import numpy as np
from sklearn.linear_model import Ridge
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import FunctionTransformer, StandardScaler

# pickle stores functions by name; np.log1p has one, an anonymous lambda does not
model = make_pipeline(FunctionTransformer(np.log1p), StandardScaler(), Ridge())
model.fit(X, y)
blob = pickle.dumps(model)
restored = pickle.loads(blob)
