import matplotlib.pyplot as plt

names = ["temperature", "pressure", "humidity", "wind_speed"]
fig, axs = plt.subplots(nrows=2, ncols=2, figsize=(8, 6), layout="constrained")
for k, name in enumerate(names):
    ax = axs[k // 2, k % 2]
    ax.hist(measurements[name].to_numpy(), bins=20)
    ax.set_title(name)
    ax.set_xlabel(name)
    ax.set_ylabel("count")
