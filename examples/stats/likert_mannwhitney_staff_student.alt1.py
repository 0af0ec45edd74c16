import numpy as np
import scipy.stats

q1 = survey["q1"].astype(int).to_numpy()
is_staff = (survey["group"] == "staff").to_numpy()
is_student = (survey["group"] == "student").to_numpy()
result = scipy.stats.mannwhitneyu(q1[is_staff], q1[is_student])
median_q1 = {"staff": float(np.median(q1[is_staff])), "student": float(np.median(q1[is_student]))}
