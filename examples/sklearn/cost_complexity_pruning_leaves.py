# /// example
# task = """
# Compute the minimal cost-complexity pruning path of a `DecisionTreeClassifier(random_state=0)` \
# grown on `X`, `y`. Store the effective alphas in `ccp_alphas`, the total leaf impurities in \
# `impurities`, and, for each alpha, the number of leaves of a tree refitted with that \
# `ccp_alpha` in `n_leaves` (a list in the same order)."""
# prompt = """
# I want to see how pruning shrinks my decision tree on `X`, `y`: get the cost-complexity pruning \
# path (`random_state=0`) with its alphas in `ccp_alphas` and impurities in `impurities`, and refit \
# a tree for every alpha to list the leaf counts in `n_leaves`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'clf.X', y = 'clf.y' }
# checks = [
#     'len(n_leaves) == len(ccp_alphas) == len(impurities)',
#     # the path of the tree the task names (another criterion or depth gives other alphas)
#     '(lambda p: np.allclose(ccp_alphas, p.ccp_alphas) and np.allclose(impurities, p.impurities))(sklearn.tree.DecisionTreeClassifier(random_state=0).cost_complexity_pruning_path(X, y))',
#     'np.all(np.diff(ccp_alphas) >= 0) and np.all(np.diff(impurities) >= -1e-12)',
#     # the largest alpha prunes the tree down to its root
#     'n_leaves[-1] == 1 and all(a >= b for a, b in zip(n_leaves, n_leaves[1:]))',
#     '[sklearn.tree.DecisionTreeClassifier(random_state=0, ccp_alpha=a).fit(X, y).get_n_leaves() for a in ccp_alphas] == list(n_leaves)',
# ]
# difficulty = 'intermediate'
# tags = ['decision-tree', 'regularization', 'model-selection']
# edge_cases = true
# ///
from sklearn.tree import DecisionTreeClassifier

path = DecisionTreeClassifier(random_state=0).cost_complexity_pruning_path(X, y)
ccp_alphas, impurities = path.ccp_alphas, path.impurities
# each alpha is the point where one more subtree is cheaper to prune than to keep
n_leaves = [
    DecisionTreeClassifier(random_state=0, ccp_alpha=alpha).fit(X, y).get_n_leaves()
    for alpha in ccp_alphas
]
