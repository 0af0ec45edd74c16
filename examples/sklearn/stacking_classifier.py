# /// example
# task = """
# Stack two base models, a `RandomForestClassifier` (50 trees) and a standardize-then-`SVC` \
# pipeline, under a `LogisticRegression` meta-model with `StackingClassifier` (3-fold internal \
# CV), fitted on a stratified 70% split of the multi-class data `X`, `y`; store the model in \
# `stack` and its test accuracy in `test_accuracy`. Keep the split parts as `X_train`, `X_test`, \
# `y_train`, `y_test`."""
# prompt = """
# Stack two base models, a random forest (50 trees) and a standardize-then-SVC pipeline, under a \
# logistic-regression meta-model with 3-fold internal cross-validation (default stacking of their \
# predictions, no raw-feature passthrough), fitted on a stratified 70/30 split of my multi-class \
# data `X`, `y` (`X_train`, `X_test`, `y_train`, `y_test`). Store the model in `stack` and its \
# test accuracy in `test_accuracy`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn']
# inputs = { X = 'clf_multi.X', y = 'clf_multi.y' }
# checks = [
#     'len(stack.estimators_) == 2',
#     'set(np.unique(stack.predict(X_test))) <= set(np.unique(y)) and 0 <= test_accuracy <= 1',
#     # the meta-model sees one score column per class from each base model (one if binary)
#     'stack.final_estimator_.n_features_in_ == 2 * (1 if len(np.unique(y)) == 2 else len(np.unique(y)))',
#     # a stratified 70/30 split: each class keeps its share of `y` in the test part, to within one sample
#     'len(X_train) + len(X_test) == len(X) and len(y_test) == len(X_test) and abs(len(y_train) - 0.7 * len(y)) <= 1',
#     'all(abs(np.sum(y_test == c) - np.mean(y == c) * len(y_test)) <= 1 for c in np.unique(y))',
#     # the internal CV may be given as a fold count or as a splitter
#     '(stack.cv if isinstance(stack.cv, int) else stack.cv.get_n_splits()) == 3',
# ]
# difficulty = 'advanced'
# tags = ['ensemble', 'classification']
# [edge_cases]
# min_size = 54
# why = 'the internal 3-fold stratified CV needs three samples of every class in the 70% training part: the rarest class of an imbalanced three-class draw has them from 54 samples'
# ///
from sklearn.ensemble import RandomForestClassifier, StackingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, stratify=y, random_state=0)
stack = StackingClassifier(
    estimators=[
        ("forest", RandomForestClassifier(n_estimators=50, random_state=0)),
        ("svc", make_pipeline(StandardScaler(), SVC())),
    ],
    # the meta-model learns from out-of-fold predictions of the base models
    final_estimator=LogisticRegression(),
    cv=3,
)
stack.fit(X_train, y_train)
test_accuracy = stack.score(X_test, y_test)
