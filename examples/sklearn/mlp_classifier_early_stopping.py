# /// example
# task = """
# Split `X`, `y` 75/25, stratified, with `random_state=0` into `X_train`, `X_test`, `y_train`, \
# `y_test`, and fit a pipeline `model` of `StandardScaler` and `MLPClassifier` (one hidden \
# layer of 16 units, early stopping on a 10% validation part, `max_iter=500`, \
# `random_state=0`) on the training part; store its accuracy on the test part in \
# `test_accuracy`."""
# prompt = """
# Train a small neural network classifier on my three-class data `X`, `y`: standardize the \
# features, then one hidden layer of 16 units, with early stopping on a 10% validation part so \
# it stops before overfitting (cap it at 500 epochs, random_state=0). Keep the pipeline as \
# `model`, fit it on a stratified 75/25 split with random_state=0 (parts `X_train`, `X_test`, \
# `y_train`, `y_test`) and store its test accuracy in `test_accuracy`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'clf_multi.X', y = 'clf_multi.y' }
# checks = [
#     'abs(len(X_test) - 0.25 * len(X)) <= 1 and len(X_train) + len(X_test) == len(X)',
#     'all(abs(np.sum(y_test == c) - 0.25 * np.sum(y == c)) <= 1 for c in np.unique(y))',
#     # early stopping ended training before the cap
#     'model[-1].hidden_layer_sizes in [(16,), [16], 16] and model[-1].early_stopping and model[-1].n_iter_ < 500',
#     'np.isclose(test_accuracy, sklearn.metrics.accuracy_score(y_test, model.predict(X_test)))',
#     'np.isclose(test_accuracy, sklearn.pipeline.make_pipeline(sklearn.preprocessing.StandardScaler(), sklearn.neural_network.MLPClassifier(hidden_layer_sizes=(16,), early_stopping=True, validation_fraction=0.1, max_iter=500, random_state=0)).fit(X_train, y_train).score(X_test, y_test))',
# ]
# difficulty = 'intermediate'
# tags = ['classification', 'convergence', 'train-test-split', 'standardization']
# [edge_cases]
# min_size = 40
# why = 'each class needs three samples: one for the stratified test part and two for the stratified validation part of the training data; a three-class imbalanced draw has three of each rare class from 40 samples'
# ///
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.25, stratify=y, random_state=0
)
# early stopping holds out 10% of the training data and stops once its accuracy has not
# improved for 10 epochs, well before max_iter, so no ConvergenceWarning
network = MLPClassifier(
    hidden_layer_sizes=(16,),
    early_stopping=True,
    validation_fraction=0.1,
    max_iter=500,
    random_state=0,
)
model = make_pipeline(StandardScaler(), network).fit(X_train, y_train)
test_accuracy = model.score(X_test, y_test)
