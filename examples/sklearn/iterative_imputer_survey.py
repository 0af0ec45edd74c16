# /// example
# task = """
# Fill the missing values of the numeric DataFrame `survey` by modelling each column from the \
# others: an `IterativeImputer` (default `BayesianRidge` regressor, at most 25 rounds, \
# `random_state=0`); a column without any observed value stays empty. Store the completed table \
# as a DataFrame with the same index and columns in `survey_imputed`."""
# prompt = """
# My numeric DataFrame `survey` has gaps. Instead of column means, fill each gap by regressing \
# its column on the other columns, round-robin, in the style of MICE: scikit-learn's iterative \
# imputer with its default Bayesian ridge model, at most 25 rounds, random_state=0. A column with \
# no value at all should stay empty. Keep the completed table as a DataFrame with the same index \
# and columns in `survey_imputed`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'pandas', 'numpy']
# inputs = { survey = 'survey' }
# checks = [
#     'survey_imputed.shape == survey.shape and list(survey_imputed.columns) == list(survey.columns) and survey_imputed.index.equals(survey.index)',
#     'not survey_imputed.loc[:, survey.notna().any()].isna().any().any() and survey_imputed.loc[:, ~survey.notna().any()].isna().all().all()',
#     'survey_imputed.where(survey.notna()).equals(survey.astype(float)) or np.allclose(survey_imputed.to_numpy()[survey.notna().to_numpy()], survey.to_numpy()[survey.notna().to_numpy()])',
#     'not survey.notna().any().any() or np.allclose(survey_imputed.loc[:, survey.notna().any()].to_numpy(), sklearn.impute.IterativeImputer(max_iter=25, random_state=0).fit_transform(survey.loc[:, survey.notna().any()]))',
# ]
# difficulty = 'intermediate'
# tags = ['missing-data', 'imputation']
# edge_cases = true
# ///
# IterativeImputer is still experimental: this import enables it
from sklearn.experimental import enable_iterative_imputer  # noqa: F401
from sklearn.impute import IterativeImputer

imputer = IterativeImputer(max_iter=25, random_state=0)
# a column with no observed value has nothing to learn from: it stays empty
observed = survey.columns[survey.notna().any()]
survey_imputed = survey.astype(float)
if len(observed) > 0:
    survey_imputed[observed] = imputer.fit_transform(survey[observed])
