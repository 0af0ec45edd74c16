import scipy.stats as st
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import RandomizedSearchCV

# randint's upper bound is exclusive: randint(2, 8) draws 2..7
distributions = {
    "max_depth": st.randint(2, 8),
    "min_samples_leaf": st.randint(1, 10),
    "max_features": ["sqrt", None],
}
search = RandomizedSearchCV(
    RandomForestClassifier(n_estimators=20, random_state=0),
    param_distributions=distributions,
    n_iter=6,
    cv=3,
    random_state=0,
)
search.fit(X, y)
