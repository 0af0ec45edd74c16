import matplotlib.pyplot as plt

axes = measurements.plot(subplots=True, layout=(2, 2), sharex=True, figsize=(8, 6))
plt.setp(axes, ylabel="reading")
fig = plt.gcf()
fig.suptitle("Measurement channels")
