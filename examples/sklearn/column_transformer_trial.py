# /// example
# task = """
# Build a `ColumnTransformer` for the DataFrame `trial` that standardizes the numeric columns \
# `dose` and `age` and one-hot encodes the categorical columns `site` and `treatment` (dense \
# output, unseen categories ignored), dropping the rest (such as `response`), with the two \
# transformers named "numeric" and "categorical"; store the transformed array in `X_design` and \
# its column names (such as "numeric__dose") in `feature_names`."""
# prompt = """
# For my DataFrame `trial`, build a column transformer that standardizes the numeric columns \
# `dose` and `age` and one-hot encodes the categorical columns `site` and `treatment` (dense \
# output, unseen categories ignored), dropping everything else such as `response`; name the two \
# parts "numeric" and "categorical". Store the transformed array in `X_design` and its output \
# column names (like "numeric__dose") in `feature_names`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn']
# inputs = { trial = 'trial' }
# checks = [
#     "X_design.shape == (len(trial), 2 + trial['site'].nunique() + trial['treatment'].nunique())",
#     "len(feature_names) == X_design.shape[1] and 'numeric__dose' in feature_names",
#     "not any('response' in name for name in feature_names)",
#     'np.allclose(X_design[:, :2].mean(axis=0), 0, atol=1e-6)',
#     # unit variance where a column varies (beyond rounding); StandardScaler leaves a
#     # zero-variance column at 0 instead of dividing by zero
#     "np.allclose(X_design[:, :2].std(axis=0)[np.ptp(trial[['dose', 'age']].to_numpy(float), axis=0) > 1e-9 * trial[['dose', 'age']].abs().max().to_numpy(float)], 1)",
#     "np.allclose(X_design[:, :2][:, (trial[['dose', 'age']].nunique() == 1).to_numpy()], 0)",
# ]
# difficulty = 'intermediate'
# tags = ['categorical', 'pipeline']
# edge_cases = true
# ///
from sklearn.compose import ColumnTransformer
from sklearn.preprocessing import OneHotEncoder, StandardScaler

# remainder="drop" is the default, so unlisted columns such as response are left out
preprocess = ColumnTransformer(
    [
        ("numeric", StandardScaler(), ["dose", "age"]),
        (
            "categorical",
            # an unseen category becomes an all-zero row instead of raising at transform time
            OneHotEncoder(handle_unknown="ignore", sparse_output=False),
            ["site", "treatment"],
        ),
    ]
)
X_design = preprocess.fit_transform(trial)
feature_names = preprocess.get_feature_names_out()
