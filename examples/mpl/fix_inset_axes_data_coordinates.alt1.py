import matplotlib.pyplot as plt

fig, ax = plt.subplots(figsize=(7, 4))
ax.plot(x, y, "o-", markersize=3)
x_low, x_high, y_low, y_high = 0, 10, 0, 7
ax.set_xlim(x_low, x_high)
ax.set_ylim(y_low, y_high)
ax.set_xlabel("time (s)")
ax.set_ylabel("signal")
ax.set_title("Decay")

# convert the data rectangle x 5-9, y 3.5-6.5 to fractions of the (linear) axes
left = (5 - x_low) / (x_high - x_low)
bottom = (3.5 - y_low) / (y_high - y_low)
width = 4 / (x_high - x_low)
height = 3 / (y_high - y_low)
inset = ax.inset_axes([left, bottom, width, height])
inset.plot(x[x >= 6], y[x >= 6], "o-", markersize=3)
