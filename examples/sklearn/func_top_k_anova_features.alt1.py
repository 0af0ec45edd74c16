import numpy as np
from sklearn.feature_selection import SelectKBest, f_classif


def top_k_features(X, y, names, k=3):
    """Names of the k features with the largest one-way ANOVA F statistic
    between the classes of y (SelectKBest with f_classif).

    `names` gives one name per column of X. Returns a list of names ordered
    from the highest F to the lowest; when k exceeds the number of
    features, all names are returned. Raises
    ValueError("need one name per column") when the lengths differ.
    """
    if len(names) != np.shape(X)[1]:
        raise ValueError("need one name per column")
    selector = SelectKBest(f_classif, k="all" if k >= len(names) else k).fit(X, y)
    chosen = selector.get_feature_names_out(np.asarray(names, dtype=object))
    scores = dict(zip(names, selector.scores_, strict=True))
    return sorted(chosen, key=lambda name: -scores[name])


top_features = top_k_features(X, y, [f"f{j}" for j in range(X.shape[1])], k=2)

try:
    top_k_features(X, y, ["f0"], k=2)
except ValueError as exc:
    names_error = str(exc)
