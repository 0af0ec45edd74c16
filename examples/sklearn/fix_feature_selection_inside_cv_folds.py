# /// example
# task = """
# `absorbance` holds spectra (rows are samples, columns wavelengths) and `concentration` the \
# known concentration of each sample. This code keeps the 5 wavelengths with the highest \
# univariate F-statistic (`f_regression`) and scores a `Ridge(alpha=1e-3)` calibration by 5-fold \
# cross-validated R^2 in `scores`. It runs, but the wavelengths are chosen on all samples before \
# splitting, so every fold's held-out samples took part in the selection and the scores are \
# optimistic:
#
# ```python
# from sklearn.feature_selection import SelectKBest, f_regression
# from sklearn.linear_model import Ridge
# from sklearn.model_selection import cross_val_score
#
# X_selected = SelectKBest(f_regression, k=5).fit_transform(absorbance, concentration)
# scores = cross_val_score(Ridge(alpha=1e-3), X_selected, concentration, cv=5)
# ```
#
# Fix it so the selection is refitted on each fold's training samples only."""
# prompt = """
# I calibrate `concentration` from the spectra in `absorbance`: keep the 5 wavelengths with the \
# best `f_regression` score, fit `Ridge(alpha=1e-3)`, and report the 5-fold cross-validated R^2 \
# in `scores`:
#
# ```python
# from sklearn.feature_selection import SelectKBest, f_regression
# from sklearn.linear_model import Ridge
# from sklearn.model_selection import cross_val_score
#
# X_selected = SelectKBest(f_regression, k=5).fit_transform(absorbance, concentration)
# scores = cross_val_score(Ridge(alpha=1e-3), X_selected, concentration, cv=5)
# ```
#
# A colleague says the wavelength selection leaks the test folds into training. How do I do \
# the selection properly inside each fold?"""
# task_type = 'fix'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { absorbance = 'spectra.absorbance', concentration = 'spectra.concentration' }
# checks = [
#     'len(scores) == 5',
#     # per fold: select on the training rows, fit, and score R^2 on the held-out rows
#     'np.allclose(scores, [sklearn.metrics.r2_score(concentration[test], sklearn.linear_model.Ridge(alpha=1e-3).fit(s.transform(absorbance[train]), concentration[train]).predict(s.transform(absorbance[test]))) for train, test in sklearn.model_selection.KFold(5).split(absorbance) for s in [sklearn.feature_selection.SelectKBest(sklearn.feature_selection.f_regression, k=5).fit(absorbance[train], concentration[train])]], equal_nan=True)',
# ]
# difficulty = 'advanced'
# tags = ['debugging', 'feature-selection', 'cross-validation', 'pipeline', 'regression']
# [edge_cases]
# min_size = 10
# constant = false
# why = '5-fold cross-validated R^2 needs at least two held-out samples per fold and a calibration needs concentrations that vary'
# ///
from sklearn.feature_selection import SelectKBest, f_regression
from sklearn.linear_model import Ridge
from sklearn.model_selection import cross_val_score
from sklearn.pipeline import make_pipeline

# inside a pipeline, cross_val_score refits the selector on each fold's training part
model = make_pipeline(SelectKBest(f_regression, k=5), Ridge(alpha=1e-3))
scores = cross_val_score(model, absorbance, concentration, cv=5)
