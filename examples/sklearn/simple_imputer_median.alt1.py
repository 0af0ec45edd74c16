from sklearn.impute import SimpleImputer

imputer = SimpleImputer(strategy="median")
imputer.set_output(transform="pandas")  # return a DataFrame with the input's columns
imputer.fit(survey)
survey_imputed = imputer.transform(survey)
