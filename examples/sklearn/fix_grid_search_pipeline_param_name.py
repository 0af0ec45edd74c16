# /// example
# task = """
# This code should tune the regularisation strength `C` of the logistic regression in a \
# standardising pipeline over 0.01, 0.1, 1 and 10 by 5-fold grid search on `X`, `y`, in `search`, \
# but it raises an error:
#
# ```python
# from sklearn.linear_model import LogisticRegression
# from sklearn.model_selection import GridSearchCV
# from sklearn.pipeline import make_pipeline
# from sklearn.preprocessing import StandardScaler
#
# pipe = make_pipeline(StandardScaler(), LogisticRegression())
# search = GridSearchCV(pipe, param_grid={"C": [0.01, 0.1, 1.0, 10.0]}, cv=5)
# search.fit(X, y)
# ```
#
# ```text
# ValueError: Invalid parameter 'C' for estimator Pipeline(steps=[('standardscaler', StandardScaler()), ('logisticregression', LogisticRegression())]). Valid parameters are: ['memory', 'steps', 'transform_input', 'verbose'].
# ```
#
# Fix it."""
# prompt = """
# I'm grid-searching `C` of a logistic regression over 0.01, 0.1, 1 and 10 with 5-fold CV on `X`, \
# `y`; the model sits in a pipeline after a standard scaler, and the fitted search should be \
# `search`:
#
# ```python
# from sklearn.linear_model import LogisticRegression
# from sklearn.model_selection import GridSearchCV
# from sklearn.pipeline import make_pipeline
# from sklearn.preprocessing import StandardScaler
#
# pipe = make_pipeline(StandardScaler(), LogisticRegression())
# search = GridSearchCV(pipe, param_grid={"C": [0.01, 0.1, 1.0, 10.0]}, cv=5)
# search.fit(X, y)
# ```
#
# ```text
# ValueError: Invalid parameter 'C' for estimator Pipeline(steps=[('standardscaler', StandardScaler()), ('logisticregression', LogisticRegression())]). Valid parameters are: ['memory', 'steps', 'transform_input', 'verbose'].
# ```
#
# `C` is definitely a parameter of LogisticRegression. What's wrong?"""
# task_type = 'fix'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'clf.X', y = 'clf.y' }
# checks = [
#     'sorted(search.cv_results_["params"][i][key] for i in range(len(search.cv_results_["params"])) for key in search.cv_results_["params"][i]) == [0.01, 0.1, 1.0, 10.0]',
#     # the best mean 5-fold accuracy over the four values of C, recomputed
#     'np.isclose(search.best_score_, max(sklearn.model_selection.cross_val_score(sklearn.pipeline.make_pipeline(sklearn.preprocessing.StandardScaler(), sklearn.linear_model.LogisticRegression(C=c)), X, y, cv=5).mean() for c in [0.01, 0.1, 1.0, 10.0]))',
#     'np.isclose(sklearn.model_selection.cross_val_score(sklearn.pipeline.make_pipeline(sklearn.preprocessing.StandardScaler(), sklearn.linear_model.LogisticRegression(C=search.best_estimator_[-1].C)), X, y, cv=5).mean(), search.best_score_)',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'model-selection', 'pipeline', 'regularization']
# [edge_cases]
# min_size = 34
# why = '5-fold stratified cross-validation needs five samples of each class: the rare class of an imbalanced draw has five from 34 samples'
# ///
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GridSearchCV
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

pipe = make_pipeline(StandardScaler(), LogisticRegression())
# a pipeline's parameters are named <step name>__<parameter>; make_pipeline names the step
# after its class in lowercase
param_grid = {"logisticregression__C": [0.01, 0.1, 1.0, 10.0]}
search = GridSearchCV(pipe, param_grid=param_grid, cv=5)
search.fit(X, y)
