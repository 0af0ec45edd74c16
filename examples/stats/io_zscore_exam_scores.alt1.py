import numpy as np

marks = np.array([2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0])
z = (marks - marks.mean()) / marks.std()
