from sklearn import decomposition, feature_selection
from sklearn.pipeline import make_union

union = make_union(
    decomposition.PCA(n_components=2),
    feature_selection.SelectKBest(score_func=feature_selection.f_classif, k=1),
)
combined = union.fit(X, y).transform(X)
feature_names = list(union.get_feature_names_out())
