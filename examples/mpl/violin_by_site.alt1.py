import matplotlib.pyplot as plt

responses = {
    str(site): group["response"].to_numpy() for site, group in df.groupby("site", observed=True)
}

fig, ax = plt.subplots()
parts = ax.violinplot(list(responses.values()), showmedians=True)
ax.set_xticks(range(1, len(responses) + 1), list(responses))
ax.set_xlabel("Site")
ax.set_ylabel("Response")
ax.set_title("Response by site")
