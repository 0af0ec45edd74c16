# /// example
# task = """
# Fill the missing values of the numeric DataFrame `survey` with each column's median using \
# `SimpleImputer`, keeping a DataFrame with the same columns (`set_output`); store it in \
# `survey_imputed`."""
# prompt = """
# Fill the missing values of my numeric DataFrame `survey` with each column's median using \
# scikit-learn, configured to return a pandas DataFrame with the same columns, and store it in \
# `survey_imputed`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'pandas']
# inputs = { survey = 'survey' }
# checks = [
#     'isinstance(survey_imputed, pd.DataFrame) and list(survey_imputed.columns) == list(survey.columns)',
#     'survey_imputed.shape == survey.shape and not survey_imputed.isna().any().any()',
#     'np.allclose(survey_imputed.to_numpy()[survey.notna().to_numpy()], survey.to_numpy()[survey.notna().to_numpy()])',
#     'all(np.allclose(survey_imputed[c].to_numpy()[survey[c].isna().to_numpy()], survey[c].median()) for c in survey.columns)',
# ]
# difficulty = 'basic'
# tags = ['missing-data', 'imputation']
# edge_cases = true
# ///
from sklearn.impute import SimpleImputer

# the median resists outliers; set_output makes transform return a DataFrame with the columns
imputer = SimpleImputer(strategy="median").set_output(transform="pandas")
survey_imputed = imputer.fit_transform(survey)
