import matplotlib.pyplot as plt
import seaborn as sns

fig, ax = plt.subplots(figsize=(7, 4))
# wide form: with no x and y, seaborn draws one box per numeric column
sns.boxplot(data=df, ax=ax)
ax.set_xlabel("quantity")
ax.set_ylabel("value")
ax.set_title("Distribution of each measurement")
