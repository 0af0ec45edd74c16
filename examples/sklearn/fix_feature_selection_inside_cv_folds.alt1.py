from sklearn import feature_selection, linear_model
from sklearn.model_selection import KFold, cross_validate
from sklearn.pipeline import Pipeline

pipeline = Pipeline(
    [
        ("select", feature_selection.SelectKBest(feature_selection.f_regression, k=5)),
        ("ridge", linear_model.Ridge(alpha=1e-3)),
    ]
)
scores = cross_validate(pipeline, absorbance, concentration, cv=KFold(n_splits=5), scoring="r2")[
    "test_score"
]
