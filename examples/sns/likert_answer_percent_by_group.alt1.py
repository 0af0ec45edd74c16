import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns

pieces = []
for grp in ["staff", "student"]:
    answers = survey.loc[survey["group"] == grp, "q1"].astype(int)
    if answers.empty:
        continue
    share = answers.value_counts(normalize=True).reindex(range(1, 6), fill_value=0) * 100
    pieces.append(pd.DataFrame({"group": grp, "answer": share.index, "percent": share.to_numpy()}))
percent = pd.concat(pieces, ignore_index=True)

fig, ax = plt.subplots()
sns.barplot(percent, x="answer", y="percent", hue="group", ax=ax)
ax.set_xlabel("answer")
ax.set_ylabel("% of group")
ax.set_title("Q1 answers by group")
