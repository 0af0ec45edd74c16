from sklearn.compose import ColumnTransformer
from sklearn.preprocessing import OneHotEncoder, StandardScaler

preprocessor = ColumnTransformer(
    transformers=[
        ("numeric", StandardScaler(), ["dose", "age"]),
        ("categorical", OneHotEncoder(handle_unknown="ignore"), ["site", "treatment"]),
    ],
    remainder="drop",
    sparse_threshold=0.0,  # always return a dense array
)
X_design = preprocessor.fit_transform(trial)
feature_names = preprocessor.get_feature_names_out()
