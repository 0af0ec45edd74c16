import matplotlib.pyplot as plt
import numpy as np

answers = np.arange(1, 6)
answer_codes = likert["q1"].astype(int).to_numpy()
staff = np.array([np.sum((answer_codes == a) & (likert["group"] == "staff")) for a in answers])
students = np.array([np.sum((answer_codes == a) & (likert["group"] == "student")) for a in answers])

fig, ax = plt.subplots()
ax.bar(answers, staff, label="staff")
ax.bar(answers, students, bottom=staff, label="student")
ax.set_xticks(answers)
ax.set_xlabel("answer to q1")
ax.set_ylabel("respondents")
ax.set_title("Q1 answers by group")
ax.legend()
