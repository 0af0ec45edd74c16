import matplotlib.pyplot as plt
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import RocCurveDisplay
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, stratify=y, random_state=3)

classifiers = {
    "random forest": RandomForestClassifier(n_estimators=50, random_state=0),
    "SVC": make_pipeline(StandardScaler(), SVC(kernel="rbf")),
}

fig, ax = plt.subplots()
aucs = {}
for name, classifier in classifiers.items():
    classifier.fit(X_train, y_train)
    # SVC has no predict_proba here; the display uses its decision_function
    curve = RocCurveDisplay.from_estimator(classifier, X_test, y_test, name=name, ax=ax)
    aucs[name] = curve.roc_auc
ax.plot([0, 1], [0, 1], linestyle="--", color="gray", label="chance")
ax.legend()
