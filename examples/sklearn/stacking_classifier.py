# /// example
# task = """
# Stack two base models, a `RandomForestClassifier` (50 trees) and a standardize-then-`SVC` \
# pipeline, under a `LogisticRegression` meta-model with `StackingClassifier` (3-fold internal \
# CV), fitted on a stratified 70% split of the multi-class data `X`, `y`; store the model in \
# `stack` and its test accuracy in `test_accuracy`. Keep the split parts as `X_train`, `X_test`, \
# `y_train`, `y_test`."""
# domain = 'data_processing'
# libraries = ['scikit-learn']
# inputs = { X = 'clf_multi.X', y = 'clf_multi.y' }
# checks = [
#     'len(stack.estimators_) == 2',
#     'set(np.unique(stack.predict(X_test))) <= set(np.unique(y)) and 0 <= test_accuracy <= 1',
#     # the meta-model sees one score column per class from each base model (one if binary)
#     'stack.final_estimator_.n_features_in_ == 2 * (1 if len(np.unique(y)) == 2 else len(np.unique(y)))',
# ]
# difficulty = 'advanced'
# tags = ['ensemble', 'stacking', 'multiclass']
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
