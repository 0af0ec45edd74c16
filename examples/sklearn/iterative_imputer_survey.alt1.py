from sklearn.experimental import enable_iterative_imputer  # noqa: F401
from sklearn.impute import IterativeImputer

has_values = survey.notna().any()
survey_imputed = survey.astype(float)
# columns that are missing everywhere are left as they are
if has_values.any():
    imputer = IterativeImputer(max_iter=25, random_state=0)
    filled = imputer.fit_transform(survey.loc[:, has_values])
    survey_imputed.loc[:, has_values] = filled
