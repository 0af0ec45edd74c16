# /// example
# task = """
# Compare the clustering `clusters` below with the known `true_groups` using the Rand index (`rand`), adjusted Rand index (`ari`), normalised mutual information (`nmi`), homogeneity (`homogeneity`) and completeness (`completeness`).
#
# ```text
# true_groups = [0, 0, 0, 1, 1, 1]
# clusters    = [0, 0, 1, 1, 2, 2]
# ```
#
# Wanted:
#
# ```text
# rand         = 0.6667
# ari          = 0.2424
# nmi          = 0.5158
# homogeneity  = 0.6667
# completeness = 0.4206
# ```"""
# prompt = """
# My clustering split one true group in two. With the truth `true_groups` and my `clusters`:
#
# ```text
# true_groups = [0, 0, 0, 1, 1, 1]
# clusters    = [0, 0, 1, 1, 2, 2]
# ```
#
# what do the usual agreement scores say? I want `rand`, `ari`, `nmi`, `homogeneity` and `completeness`:
#
# ```text
# rand         = 0.6667
# ari          = 0.2424
# nmi          = 0.5158
# homogeneity  = 0.6667
# completeness = 0.4206
# ```"""
# task_type = 'input-output'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose([rand, ari, nmi, homogeneity, completeness], [0.6667, 0.2424, 0.5158, 0.6667, 0.4206], atol=1e-4)',
#     # 10 of the 15 pairs are treated the same way by both labelings
#     'np.isclose(rand, 10 / 15) and list(clusters) == [0, 0, 1, 1, 2, 2]',
# ]
# difficulty = 'basic'
# tags = ['clustering', 'model-evaluation']
# ///
from sklearn.metrics import (
    adjusted_rand_score,
    completeness_score,
    homogeneity_score,
    normalized_mutual_info_score,
    rand_score,
)

true_groups = [0, 0, 0, 1, 1, 1]
clusters = [0, 0, 1, 1, 2, 2]
rand = rand_score(true_groups, clusters)
# the adjusted index subtracts the agreement expected by chance
ari = adjusted_rand_score(true_groups, clusters)
nmi = normalized_mutual_info_score(true_groups, clusters)
homogeneity = homogeneity_score(true_groups, clusters)
completeness = completeness_score(true_groups, clusters)
