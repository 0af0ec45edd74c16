import matplotlib.pyplot as plt
import seaborn as sns

fig, ax = plt.subplots()
ax.set_xscale("log")
sns.pointplot(
    data=dose_response, x="concentration", y="response", errorbar="sd", native_scale=True, ax=ax
)
ax.set_xlabel("concentration")
ax.set_ylabel("response")
ax.set_title("Dose-response")
