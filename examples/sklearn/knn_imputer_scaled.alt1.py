import pandas as pd
from sklearn.impute import KNNImputer
from sklearn.preprocessing import StandardScaler

# distances are only meaningful when the columns share a scale
scaler = StandardScaler().fit(survey)
imputer = KNNImputer(n_neighbors=5, weights="distance")
filled = imputer.fit_transform(scaler.transform(survey))

survey_imputed = pd.DataFrame(
    scaler.inverse_transform(filled), index=survey.index, columns=survey.columns
)
