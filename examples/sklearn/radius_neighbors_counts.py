# /// example
# task = """
# Treat the answers to `q1` ... `q5` of the survey table `likert` as numbers (1-5) and, for every \
# respondent, count the other respondents whose answer vector lies within Euclidean distance 2.0 \
# (inclusive: distance <= 2.0) with `NearestNeighbors(radius=2.0)`, not counting the respondent \
# themself but counting identical answer profiles; store the counts as an integer array in \
# `n_close` (one per row of `likert`)."""
# prompt = """
# I want a simple "how many similar respondents" measure for my survey `likert`: using the answers \
# to `q1` ... `q5` as numbers 1-5, how many other respondents lie within a distance of 2.0 \
# (distance <= 2.0, so a profile exactly 2.0 away counts) of each respondent, excluding the \
# respondent themself? Use scikit-learn's radius neighbours search and store the counts in \
# `n_close`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'scipy', 'numpy', 'pandas']
# inputs = { likert = 'likert' }
# checks = [
#     'np.shape(n_close) == (len(likert),)',
#     # whole-number answers put many pairs exactly 2.0 apart (one answer off by 2, or four off by 1)
#     '(lambda A: np.array_equal(n_close, (scipy.spatial.distance.cdist(A, A) <= 2.0).sum(axis=1) - 1))(likert[["q1", "q2", "q3", "q4", "q5"]].astype(int).to_numpy())',
# ]
# difficulty = 'basic'
# tags = ['nearest-neighbors', 'counting']
# edge_cases = { nan = false, why = "every respondent answered all five questions, so each answer vector is complete" }
# ///
import numpy as np
from sklearn.neighbors import NearestNeighbors

answers = likert[["q1", "q2", "q3", "q4", "q5"]].astype(int).to_numpy()
nn = NearestNeighbors(radius=2.0).fit(answers)
# querying without X leaves each respondent out of their own neighbourhood; points at the radius count
neighbours = nn.radius_neighbors(return_distance=False)
n_close = np.array([len(idx) for idx in neighbours])
