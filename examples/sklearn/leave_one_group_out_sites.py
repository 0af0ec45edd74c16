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
#     # each site's value is the mean absolute error on that site of the least-squares fit on all other
#     # sites (intercept, treatment dummies, dose, age); checked where that fit is unique (a well-conditioned
#     # design) and the site's treatments all occur elsewhere, so every correct encoding predicts the same
#     '(lambda d: all((lambda tr, te: (lambda cols: (lambda A, B: A.shape[0] < A.shape[1] or np.linalg.cond(A) > 1e8 or np.isclose(site_mae[s], np.mean(np.abs(B @ np.linalg.lstsq(A, tr["response"].to_numpy(float), rcond=None)[0] - te["response"].to_numpy(float)))))(*[np.column_stack([np.ones(len(part))] + [(part["treatment"].astype(str) == c).to_numpy(float) for c in cols] + [part["dose"].to_numpy(float), part["age"].to_numpy(float)]) for part in (tr, te)]))(sorted(set(tr["treatment"].astype(str)))[1:]))(d[d["site"] != s], d[d["site"] == s]) for s in site_mae.index if set(d.loc[d["site"] == s, "treatment"]) <= set(d.loc[d["site"] != s, "treatment"])))(trial)',
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
