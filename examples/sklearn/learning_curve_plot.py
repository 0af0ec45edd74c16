# /// example
# task = """
# Compute a `learning_curve` for a standardize-then-`LogisticRegression` pipeline on `X`, `y` at \
# 5 training sizes from 20% to 100% (its default 5-fold CV, the training subsets shuffled with \
# `shuffle=True, random_state=0`) and plot the mean training and \
# cross-validation accuracy against the number of training samples with a shaded +/- 1 standard \
# deviation band around each of the two curves on `ax`; label the curves "training" and \
# "cross-validation" in a legend and set axis labels and a title. Store `train_sizes`, \
# `train_scores`, `test_scores`."""
# prompt = """
# Compute a learning curve for a standardize-then-logistic-regression pipeline on `X`, `y` at 5 \
# training sizes from 20% to 100% of the training folds, with the default (unshuffled) 5-fold CV \
# but the training subsets shuffled (`shuffle=True, random_state=0`); store `train_sizes`, `train_scores` and `test_scores`. On `ax`, plot the mean \
# training and cross-validation accuracy against the number of training samples, each with a \
# shaded +/- 1 standard deviation band (just those two bands), label the curves "training" and \
# "cross-validation" in a legend, and set axis labels and a title."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'matplotlib', 'numpy']
# inputs = { X = 'clf.X', y = 'clf.y' }
# checks = [
#     'len(train_sizes) == 5 and np.all(np.diff(train_sizes) > 0) and train_sizes[-1] <= len(y)',
#     'train_scores.shape == (5, 5) and test_scores.shape == (5, 5)',
#     # the stated curve: default 5-fold split, training subsets shuffled with seed 0
#     'np.allclose(test_scores, sklearn.model_selection.learning_curve(sklearn.pipeline.make_pipeline(sklearn.preprocessing.StandardScaler(), sklearn.linear_model.LogisticRegression()), X, y, train_sizes=np.linspace(0.2, 1.0, 5), cv=5, shuffle=True, random_state=0)[2], equal_nan=True)',
#     "figure_summary().axes[0].legend_labels == ['training', 'cross-validation']",
#     # the two mean curves as drawn, and one band each
#     'all(any(len(line.get_ydata()) == len(mean) and np.allclose(line.get_ydata(), mean, equal_nan=True) for line in ax.lines) for mean in (train_scores.mean(axis=1), test_scores.mean(axis=1))) and figure_summary().axes[0].n_collections == 2',
#     "figure_summary().axes[0].xlabel != '' and figure_summary().axes[0].title != ''",
#     # each band spans the mean +/- one standard deviation of the fold scores (either ddof) at
#     # every size whose fold scores are all finite (NaN scores leave gaps in the band)
#     '(lambda verts: all((lambda m: any(any(all(np.isclose(v[np.isclose(v[:, 0], x), 1].min(initial=np.inf), lo) and np.isclose(v[np.isclose(v[:, 0], x), 1].max(initial=-np.inf), hi) for x, lo, hi in zip(train_sizes[m], (sc.mean(axis=1) - sc.std(axis=1, ddof=d))[m], (sc.mean(axis=1) + sc.std(axis=1, ddof=d))[m])) for d in (0, 1)) for v in verts))(np.isfinite(sc.std(axis=1, ddof=1))) for sc in (train_scores, test_scores)))([np.concatenate([path.vertices for path in c.get_paths()] + [np.empty((0, 2))]) for c in ax.collections])',
# ]
# difficulty = 'advanced'
# tags = ['model-selection', 'model-evaluation']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import learning_curve
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

model = make_pipeline(StandardScaler(), LogisticRegression())
# fractions of each training fold (4/5 of the data); shuffle=True shuffles the training data
# before the subsets are taken, while the 5 CV folds themselves stay unshuffled
train_sizes, train_scores, test_scores = learning_curve(
    model, X, y, train_sizes=np.linspace(0.2, 1.0, 5), cv=5, shuffle=True, random_state=0
)

fig, ax = plt.subplots()
for scores, label in [(train_scores, "training"), (test_scores, "cross-validation")]:
    mean, std = scores.mean(axis=1), scores.std(axis=1)
    ax.plot(train_sizes, mean, marker="o", label=label)
    ax.fill_between(train_sizes, mean - std, mean + std, alpha=0.2)
ax.set(xlabel="training samples", ylabel="accuracy", title="Learning curve")
ax.legend()
