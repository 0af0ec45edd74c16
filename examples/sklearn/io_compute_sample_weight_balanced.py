# /// example
# task = """
# For the six labels `labels` below, compute one "balanced" weight per sample (n_samples / \
# (n_classes * class count)) with scikit-learn and store them in `sample_weight`.
#
# ```text
# labels = ["a", "a", "a", "b", "c", "c"]
# ```
#
# Wanted:
#
# ```text
# sample_weight = [0.6667, 0.6667, 0.6667, 2.0, 1.0, 1.0]
# ```"""
# prompt = """
# My classes are unbalanced and my estimator only accepts `sample_weight`, not `class_weight`. For \
# these `labels`:
#
# ```text
# labels = ["a", "a", "a", "b", "c", "c"]
# ```
#
# how do I get balanced per-sample weights in `sample_weight`?
#
# ```text
# sample_weight = [0.6667, 0.6667, 0.6667, 2.0, 1.0, 1.0]
# ```"""
# task_type = 'input-output'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(sample_weight, [0.6667, 0.6667, 0.6667, 2.0, 1.0, 1.0], atol=1e-4)',
#     'np.isclose(np.sum(sample_weight), len(labels))',
# ]
# difficulty = 'basic'
# tags = ['imbalanced-classes', 'classification']
# ///
from sklearn.utils.class_weight import compute_sample_weight

labels = ["a", "a", "a", "b", "c", "c"]
# "balanced" gives every class the same total weight
sample_weight = compute_sample_weight(class_weight="balanced", y=labels)
