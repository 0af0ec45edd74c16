# /// example
# task = """
# Check whether a `LinearRegression` of `response` on `treatment` (one-hot encoded, unseen levels \
# ignored), `dose` and `age` from the DataFrame `trial` transfers across sites: cross-validate it \
# with `LeaveOneGroupOut` using `site` as the groups and the mean absolute error as the score; \
# store the error for each held-out site in the Series `site_mae` indexed by site name and named \
# "mae"."""
# prompt = """
# Does a linear regression of `response` on `treatment` (one-hot encoded, unseen levels ignored), \
# `dose` and `age` from my DataFrame `trial` transfer to new sites? Cross-validate it leaving one \
# `site` out at a time, scoring mean absolute error, and store the error for each held-out site \
# in a Series `site_mae` indexed by site name and named "mae"."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'pandas', 'numpy']
# inputs = { trial = 'trial' }
# checks = [
#     "len(site_mae) == trial['site'].nunique() and set(site_mae.index) == set(trial['site'])",
#     "(site_mae >= 0).all() and site_mae.name == 'mae'",
#     # each site's error, recomputed: a LinearRegression on treatment dummies, dose and age, fitted on the other
#     # sites and scored on this one. Compared only where every correct encoding predicts the same: the site's
#     # treatments all occur at other sites, and the training design (intercept, dummies, dose, age) has at least
#     # as many rows as columns and a condition number of at most 1e8, so the least-squares fit is unique
#     '(lambda X, y, site: all(np.isclose(site_mae[s], np.mean(np.abs(sklearn.linear_model.LinearRegression().fit(X[site != s], y[site != s]).predict(X[site == s]) - y[site == s]))) for s in np.unique(site) if set(trial["treatment"][site == s]) <= set(trial["treatment"][site != s]) and np.sum(site != s) > X.shape[1] and np.linalg.cond(np.c_[np.ones(np.sum(site != s)), X[site != s]]) <= 1e8))(pd.get_dummies(trial["treatment"].astype(str), drop_first=True, dtype=float).assign(dose=trial["dose"], age=trial["age"]).to_numpy(float), trial["response"].to_numpy(float), trial["site"].astype(str).to_numpy())',
# ]
# difficulty = 'advanced'
# tags = ['cross-validation', 'regression']
# [edge_cases]
# one_level = false
# min_size = 3
# why = 'leaving one site out needs at least two sites: one_level=False keeps two or more site levels, all of them present once the frame has a row per level (3 rows)'
# ///
import numpy as np
import pandas as pd
from sklearn.compose import make_column_transformer
from sklearn.linear_model import LinearRegression
from sklearn.model_selection import LeaveOneGroupOut, cross_val_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder

model = make_pipeline(
    make_column_transformer(
        (OneHotEncoder(handle_unknown="ignore", sparse_output=False), ["treatment"]),
        ("passthrough", ["dose", "age"]),
    ),
    LinearRegression(),
)
sites = trial["site"].to_numpy()
# each fold holds out every patient of one site: a test of transfer to a new site
scores = cross_val_score(
    model,
    trial,
    trial["response"],
    groups=sites,
    cv=LeaveOneGroupOut(),
    scoring="neg_mean_absolute_error",
)
# LeaveOneGroupOut visits the groups in sorted order
site_mae = pd.Series(-scores, index=np.unique(sites), name="mae")
