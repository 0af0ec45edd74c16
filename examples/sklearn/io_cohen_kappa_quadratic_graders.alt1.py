import numpy as np
from sklearn.metrics import confusion_matrix

grader_1 = [1, 2, 3, 4, 2, 3, 1, 4, 3, 2, 4, 1]
grader_2 = [1, 3, 3, 4, 2, 2, 2, 4, 4, 2, 3, 1]

observed = confusion_matrix(grader_1, grader_2, labels=[1, 2, 3, 4]).astype(float)
# agreement expected by chance: the outer product of the two graders' marginal totals
expected = np.outer(observed.sum(axis=1), observed.sum(axis=0)) / observed.sum()
grades = np.arange(4)
plain_weights = 1.0 - np.eye(4)
quadratic_weights = (grades[:, None] - grades[None, :]) ** 2
kappa_plain = 1 - (plain_weights * observed).sum() / (plain_weights * expected).sum()
kappa_quadratic = 1 - (quadratic_weights * observed).sum() / (quadratic_weights * expected).sum()
