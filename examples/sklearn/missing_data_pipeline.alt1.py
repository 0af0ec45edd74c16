from sklearn.compose import make_column_transformer
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LinearRegression
from sklearn.model_selection import KFold, cross_val_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

labelled = trial[trial["response"].notna()]
features = labelled.drop(columns="response")
target = labelled["response"]

numeric = make_pipeline(SimpleImputer(strategy="median", add_indicator=True), StandardScaler())
preprocess = make_column_transformer(
    (numeric, ["dose", "age"]),
    (OneHotEncoder(handle_unknown="ignore"), ["site", "treatment"]),
)
model = make_pipeline(preprocess, LinearRegression())

r2_scores = cross_val_score(model, features, target, cv=KFold(n_splits=5), scoring="r2")
