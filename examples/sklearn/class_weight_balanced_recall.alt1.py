import numpy as np
from sklearn.metrics import recall_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC
from sklearn.utils.class_weight import compute_class_weight

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, stratify=y, random_state=7)

# the minority class is the rarer label among the training labels
labels, counts = np.unique(y_train, return_counts=True)
minority = labels[counts.argmin()]
class_weights = compute_class_weight("balanced", classes=np.unique(y_train), y=y_train)

models = {
    "plain": make_pipeline(StandardScaler(), SVC(kernel="rbf")),
    "balanced": make_pipeline(StandardScaler(), SVC(kernel="rbf", class_weight="balanced")),
}
for model in models.values():
    model.fit(X_train, y_train)

predicted_plain = models["plain"].predict(X_test)
predicted_balanced = models["balanced"].predict(X_test)
# recall of the minority label only
recall_plain = recall_score(y_test, predicted_plain, pos_label=minority)
recall_balanced = recall_score(y_test, predicted_balanced, pos_label=minority)
