from sklearn import ensemble

booster = ensemble.HistGradientBoostingClassifier(
    learning_rate=0.3,
    max_iter=200,
    # force early stopping on: "auto" would only enable it above 10,000 samples
    early_stopping=True,
    scoring="loss",
    validation_fraction=0.2,
    n_iter_no_change=5,
    random_state=0,
)
model = booster.fit(X, y)
n_iterations = int(model.n_iter_)
val_scores = list(model.validation_score_)
