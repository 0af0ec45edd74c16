import matplotlib.pyplot as plt
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import RocCurveDisplay, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC

X_train, X_test, y_train, y_test = train_test_split(
    X, y, train_size=0.7, stratify=y, random_state=0
)

forest = RandomForestClassifier(n_estimators=50, random_state=0).fit(X_train, y_train)
svc = Pipeline([("scale", StandardScaler()), ("svc", SVC())]).fit(X_train, y_train)

fig, ax = plt.subplots()
RocCurveDisplay.from_estimator(forest, X_test, y_test, name="random forest", ax=ax)
RocCurveDisplay.from_estimator(svc, X_test, y_test, name="SVC", ax=ax)
ax.plot([0, 1], [0, 1], "k--", label="chance")

# the same areas from the scores: forest probabilities, SVC decision values
aucs = {
    "random forest": roc_auc_score(y_test, forest.predict_proba(X_test)[:, 1]),
    "SVC": roc_auc_score(y_test, svc.decision_function(X_test)),
}
ax.legend(loc="lower right")
