# /// example
# task = """
# This code should project the two-class data `X`, `y` onto its linear discriminant directions and \
# store the projected data in `projected`, but it raises an error:
#
# ```python
# from sklearn.discriminant_analysis import LinearDiscriminantAnalysis
#
# projected = LinearDiscriminantAnalysis(n_components=2).fit_transform(X, y)
# ```
#
# ```text
# ValueError: n_components cannot be larger than min(n_features, n_classes - 1).
# ```
#
# Fix it, keeping as many discriminant components as the problem allows."""
# prompt = """
# I want to plot my two-class data `X`, `y` in the space that best separates the classes (LDA), \
# with the projection in `projected`:
#
# ```python
# from sklearn.discriminant_analysis import LinearDiscriminantAnalysis
#
# projected = LinearDiscriminantAnalysis(n_components=2).fit_transform(X, y)
# ```
#
# ```text
# ValueError: n_components cannot be larger than min(n_features, n_classes - 1).
# ```
#
# I asked for 2 components to get a 2-D scatter. What's the limit here?"""
# task_type = 'fix'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'clf.X', y = 'clf.y' }
# checks = [
#     # two classes give a single discriminant axis
#     'np.shape(projected) == (len(y), 1)',
#     'np.allclose(np.abs(np.ravel(projected)), np.abs(np.ravel(sklearn.discriminant_analysis.LinearDiscriminantAnalysis(n_components=1).fit_transform(X, y))), atol=1e-8)',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'dimensionality-reduction', 'classification']
# edge_cases = true
# ///
from sklearn.discriminant_analysis import LinearDiscriminantAnalysis

# LDA has at most n_classes - 1 directions: one for two classes
projected = LinearDiscriminantAnalysis(n_components=1).fit_transform(X, y)
