# /// example
# task = """
# `y` is an imbalanced binary label with features `X`. This code should fit `model`, a pipeline \
# of `StandardScaler()` and `LogisticRegression()`, with "balanced" sample weights (from \
# `compute_sample_weight`) applied to the logistic regression's loss, but fitting raises an error:
#
# ```python
# from sklearn.linear_model import LogisticRegression
# from sklearn.pipeline import make_pipeline
# from sklearn.preprocessing import StandardScaler
# from sklearn.utils.class_weight import compute_sample_weight
#
# weights = compute_sample_weight("balanced", y)
# model = make_pipeline(StandardScaler(), LogisticRegression())
# model.fit(X, y, sample_weight=weights)
# ```
#
# ```text
# ValueError: Pipeline.fit does not accept the sample_weight parameter. You can pass parameters to specific steps of your pipeline using the stepname__parameter format, e.g. `Pipeline.fit(X, y, logisticregression__sample_weight=sample_weight)`.
# ```
#
# Fix it; the scaler stays unweighted."""
# prompt = """
# My classes in `y` are imbalanced, so I weight the samples of `X` with \
# `compute_sample_weight("balanced", y)` and want the weights in the logistic regression of my \
# scaler + classifier pipeline `model` (the scaler itself unweighted):
#
# ```python
# from sklearn.linear_model import LogisticRegression
# from sklearn.pipeline import make_pipeline
# from sklearn.preprocessing import StandardScaler
# from sklearn.utils.class_weight import compute_sample_weight
#
# weights = compute_sample_weight("balanced", y)
# model = make_pipeline(StandardScaler(), LogisticRegression())
# model.fit(X, y, sample_weight=weights)
# ```
#
# ```text
# ValueError: Pipeline.fit does not accept the sample_weight parameter. You can pass parameters to specific steps of your pipeline using the stepname__parameter format, e.g. `Pipeline.fit(X, y, logisticregression__sample_weight=sample_weight)`.
# ```
#
# How do I pass the weights through the pipeline?"""
# task_type = 'fix'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'clf_imbalanced.X', y = 'clf_imbalanced.y' }
# checks = [
#     # a logistic regression on unweighted z-scores, fitted with each sample weighted by n / (2 * its class count)
#     '(lambda Z, w: np.allclose(model.predict_proba(X), sklearn.linear_model.LogisticRegression().fit(Z, y, sample_weight=w).predict_proba(Z), atol=1e-4))(sklearn.preprocessing.StandardScaler().fit_transform(X), len(y) / (len(np.unique(y)) * np.unique(y, return_counts=True)[1][np.searchsorted(np.unique(y), y)]))',
#     'np.array_equal(model.classes_, np.unique(y))',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'pipeline', 'imbalanced-classes', 'linear-model']
# edge_cases = true
# ///
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.utils.class_weight import compute_sample_weight

weights = compute_sample_weight("balanced", y)
model = make_pipeline(StandardScaler(), LogisticRegression())
# a pipeline routes fit parameters by step name: <step>__<parameter>
model.fit(X, y, logisticregression__sample_weight=weights)
