# /// example
# task = """
# Fit a `HistGradientBoostingClassifier` on `X`, `y` with early stopping: at most 200 boosting \
# iterations, 20% of the data held out for validation, stop after 5 iterations without \
# improvement, `learning_rate=0.3`, `random_state=0`. Keep the fitted model in `model`, the number \
# of iterations it actually ran in `n_iterations` and its validation scores in `val_scores`."""
# prompt = """
# I want a histogram gradient boosting classifier on `X`, `y` that stops on its own: cap it at \
# 200 iterations, hold out 20% of the data for validation and stop when 5 iterations in a row \
# bring no improvement; use learning rate 0.3 and random_state=0. Keep the fitted model in \
# `model`, how many iterations it really ran in `n_iterations` and the validation scores it \
# tracked in `val_scores`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'clf.X', y = 'clf.y' }
# checks = [
#     'model.max_iter == 200 and model.learning_rate == 0.3',
#     'n_iterations == model.n_iter_ and 1 <= n_iterations <= 200',
#     # one validation score before the first iteration, then one per iteration
#     'len(val_scores) == n_iterations + 1',
#     'np.array_equal(model.predict(X), sklearn.ensemble.HistGradientBoostingClassifier(max_iter=200, learning_rate=0.3, early_stopping=True, validation_fraction=0.2, n_iter_no_change=5, random_state=0).fit(X, y).predict(X))',
#     'n_iterations == sklearn.ensemble.HistGradientBoostingClassifier(max_iter=200, learning_rate=0.3, early_stopping=True, validation_fraction=0.2, n_iter_no_change=5, random_state=0).fit(X, y).n_iter_',
# ]
# difficulty = 'intermediate'
# tags = ['ensemble', 'classification', 'convergence']
# [edge_cases]
# min_size = 14
# why = 'the validation part is a stratified split, which needs two samples of every class: the rare class of an imbalanced draw has two from 14 samples'
# ///
from sklearn.ensemble import HistGradientBoostingClassifier

# early_stopping=True scores a held-out 20% after every iteration (the default "auto" only
# turns it on for more than 10,000 samples)
model = HistGradientBoostingClassifier(
    max_iter=200,
    learning_rate=0.3,
    early_stopping=True,
    validation_fraction=0.2,
    n_iter_no_change=5,
    random_state=0,
).fit(X, y)
n_iterations = model.n_iter_
val_scores = model.validation_score_
