# /// example
# task = """
# Impute the missing values of the numeric DataFrame `survey` with a distance-weighted \
# `KNNImputer` (5 neighbours) computed on standardized columns, then transform back to the \
# original units; store the complete DataFrame (same index and columns) in `survey_imputed`."""
# domain = 'data_processing'
# libraries = ['scikit-learn', 'pandas']
# inputs = { survey = 'survey' }
# checks = [
#     'survey_imputed.shape == survey.shape and list(survey_imputed.columns) == list(survey.columns)',
#     'not survey_imputed.isna().any().any()',
#     # observed values come back unchanged, up to the rounding of scaling and unscaling, which
#     # is relative to the column's magnitude (a 0 next to values of 1e8 comes back as ~1e-8)
#     'all(np.allclose(survey_imputed[c].to_numpy()[survey[c].notna().to_numpy()], survey[c].dropna().to_numpy(), rtol=1e-9, atol=1e-9 * survey[c].abs().max()) for c in survey.columns)',
#     # a weighted mean of neighbours' values stays inside the observed range of the column
#     # (up to the rounding of scaling and unscaling, relative to the column's magnitude)
#     '((survey_imputed >= survey.min() - 1e-9 * survey.abs().max()) & (survey_imputed <= survey.max() + 1e-9 * survey.abs().max())).all().all()',
# ]
# difficulty = 'intermediate'
# tags = ['missing-data', 'imputation', 'scaling']
# edge_cases = true
# ///
from sklearn.impute import KNNImputer
from sklearn.preprocessing import StandardScaler

import pandas as pd

# without scaling, the widest-ranged column would dominate the neighbour distances;
# StandardScaler ignores NaNs when fitting and keeps them in its output
scaler = StandardScaler()
scaled = scaler.fit_transform(survey)
imputed = KNNImputer(n_neighbors=5, weights="distance").fit_transform(scaled)
survey_imputed = pd.DataFrame(
    scaler.inverse_transform(imputed), index=survey.index, columns=survey.columns
)
