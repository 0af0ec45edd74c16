# /// example
# task = """
# Compute the positive and negative likelihood ratios of the screening test on the 10 patients below (sensitivity / (1 - specificity) and (1 - sensitivity) / specificity), storing them in `lr_plus` and `lr_minus`; build the lists as `has_disease` and `test_positive`.
#
# ```text
# has_disease   = [1, 1, 1, 1, 0, 0, 0, 0, 0, 0]
# test_positive = [1, 1, 1, 0, 1, 1, 0, 0, 0, 0]
# ```
#
# Wanted:
#
# ```text
# lr_plus  = 2.25
# lr_minus = 0.375
# ```"""
# prompt = """
# I evaluated a screening test on 10 patients (`has_disease` is the truth, `test_positive` the test result):
#
# ```text
# has_disease   = [1, 1, 1, 1, 0, 0, 0, 0, 0, 0]
# test_positive = [1, 1, 1, 0, 1, 1, 0, 0, 0, 0]
# ```
#
# What are the positive and negative likelihood ratios (`lr_plus`, `lr_minus`)?
#
# ```text
# lr_plus  = 2.25
# lr_minus = 0.375
# ```"""
# task_type = 'input-output'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = {}
# checks = [
#     'np.isclose(lr_plus, 2.25)',
#     'np.isclose(lr_minus, 0.375)',
#     # sensitivity 3/4, specificity 4/6 (with the arguments swapped they would be 3/5 and 4/5)
#     'np.isclose(lr_plus, 0.75 / (1 - 4 / 6)) and len(has_disease) == len(test_positive) == 10',
# ]
# difficulty = 'basic'
# tags = ['model-evaluation', 'classification', 'applied-science']
# ///
from sklearn.metrics import class_likelihood_ratios

has_disease = [1, 1, 1, 1, 0, 0, 0, 0, 0, 0]
test_positive = [1, 1, 1, 0, 1, 1, 0, 0, 0, 0]
# returns (LR+, LR-): how much a positive / negative result shifts the odds of disease
lr_plus, lr_minus = class_likelihood_ratios(has_disease, test_positive)
