# /// example
# task = """
# Impute the missing values of the numeric DataFrame `survey` with a distance-weighted \
# `KNNImputer` (5 neighbours) computed on standardized columns, then transform back to the \
# original units; store the complete DataFrame (same index and columns) in `survey_imputed`."""
# prompt = """
# My numeric DataFrame `survey` has missing values. Impute them with a distance-weighted \
# k-nearest-neighbours imputer (5 neighbours) computed on standardized columns so no column \
# dominates the distances, then transform back to the original units; store the complete result \
# as a DataFrame with the same index and columns in `survey_imputed`."""
# domain = 'machine_learning'
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
#     # each filled cell, in standardized units, is the 1/distance-weighted mean of the cell's column
#     # over the 5 nearest rows that have it (nan-euclidean distance over the shared columns, scaled
#     # up by the number of columns; the column mean when no row shares a column); cells whose 5th
#     # and 6th neighbour tie or whose nearest neighbour is a duplicate are skipped
#     '(lambda S, R: all((lambda donors: (lambda common: (lambda d: (lambda order, k: np.isclose(R[i, j], np.nanmean(S[:, j]), atol=1e-7) if np.isnan(d).all() else (len(d) > k and np.isclose(d[order[k - 1]], d[order[k]])) or np.nanmin(d) < 1e-6 or (lambda w: np.isclose(R[i, j], np.sum(w * S[donors[order[:k]], j]) / np.sum(w), rtol=1e-6, atol=1e-7))(np.nan_to_num(1 / d[order[:k]])))(np.argsort(d), min(5, len(d))))(np.where(common.any(axis=1), np.sqrt(S.shape[1] / np.maximum(common.sum(axis=1), 1) * np.where(common, (S[donors] - S[i]) ** 2, 0).sum(axis=1)), np.nan)))(~np.isnan(S[donors]) & ~np.isnan(S[i])))(np.flatnonzero(~np.isnan(S[:, j]))) for i, j in zip(*np.nonzero(np.isnan(S)))))(((survey - survey.mean()) / survey.std(ddof=0).replace(0, 1)).to_numpy(dtype=float), ((survey_imputed - survey.mean()) / survey.std(ddof=0).replace(0, 1)).to_numpy(dtype=float))',
# ]
# difficulty = 'intermediate'
# tags = ['missing-data', 'imputation', 'standardization']
# edge_cases = true
# ///
import pandas as pd
from sklearn.impute import KNNImputer
from sklearn.preprocessing import StandardScaler

# without scaling, the widest-ranged column would dominate the neighbour distances;
# StandardScaler ignores NaNs when fitting and keeps them in its output
scaler = StandardScaler()
scaled = scaler.fit_transform(survey)
imputed = KNNImputer(n_neighbors=5, weights="distance").fit_transform(scaled)
survey_imputed = pd.DataFrame(
    scaler.inverse_transform(imputed), index=survey.index, columns=survey.columns
)
