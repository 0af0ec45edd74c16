# /// example
# task = """
# Build the flower table below as the DataFrame `features` and the class labels `species`, score \
# each feature with the one-way ANOVA F-test against the classes, and keep the 2 best features with \
# scikit-learn's `SelectKBest`. Store the F scores (in column order) in `f_scores`, their p-values in \
# `p_values` and the names of the kept columns in `kept`. Rounded they print as shown.
#
# ```text
#    petal_len  sepal_wid  stem_mm     species
# 0        1.4        3.5      5.0      setosa
# 1        1.3        3.0      3.0      setosa
# 2        1.5        3.2      4.0      setosa
# 3        4.7        3.2      6.0  versicolor
# 4        4.5        2.9      2.0  versicolor
# 5        4.9        3.1      5.0  versicolor
# ```
#
# Wanted:
#
# ```text
# f_scores = [653.4, 0.9615, 0.0625]
# p_values = [1.4e-05, 0.3823, 0.8149]
# kept = ['petal_len', 'sepal_wid']
# ```"""
# prompt = """
# Which 2 of my three `features` separate the `species` best by an ANOVA F-test? I'd like \
# sklearn's `SelectKBest` to tell me the `f_scores`, the `p_values` and the `kept` column names:
#
# ```text
#    petal_len  sepal_wid  stem_mm     species
# 0        1.4        3.5      5.0      setosa
# 1        1.3        3.0      3.0      setosa
# 2        1.5        3.2      4.0      setosa
# 3        4.7        3.2      6.0  versicolor
# 4        4.5        2.9      2.0  versicolor
# 5        4.9        3.1      5.0  versicolor
# ```
#
# I expect roughly
#
# ```text
# f_scores = [653.4, 0.9615, 0.0625]
# p_values = [1.4e-05, 0.3823, 0.8149]
# kept = ['petal_len', 'sepal_wid']
# ```"""
# task_type = 'input-output'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'pandas', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(f_scores, [653.4, 0.9615, 0.0625], atol=5e-5)',
#     # the first p-value is shown to 2 significant digits, the others to 4 decimals
#     'np.isclose(p_values[0], 1.4e-05, rtol=0, atol=5e-7) and np.allclose(p_values[1:], [0.3823, 0.8149], rtol=0, atol=5e-5)',
#     'list(kept) == ["petal_len", "sepal_wid"]',
#     # each F score is the one-way ANOVA of that column split by species
#     'np.allclose(f_scores, [scipy.stats.f_oneway(*[features.loc[np.asarray(species) == s, c] for s in ("setosa", "versicolor")]).statistic for c in features.columns])',
# ]
# difficulty = 'intermediate'
# tags = ['feature-selection', 'classification']
# ///
import numpy as np
import pandas as pd
from sklearn.feature_selection import SelectKBest, f_classif

features = pd.DataFrame(
    {
        "petal_len": [1.4, 1.3, 1.5, 4.7, 4.5, 4.9],
        "sepal_wid": [3.5, 3.0, 3.2, 3.2, 2.9, 3.1],
        "stem_mm": [5.0, 3.0, 4.0, 6.0, 2.0, 5.0],
    }
)
species = np.array(["setosa"] * 3 + ["versicolor"] * 3)

# f_classif scores each column on its own; k=2 keeps the two highest F scores
selector = SelectKBest(score_func=f_classif, k=2).fit(features, species)
f_scores = selector.scores_
p_values = selector.pvalues_
kept = selector.get_feature_names_out()
