import matplotlib.pyplot as plt

fig, ax = plt.subplots()
# integer input to a ListedColormap picks its colours by index
ax.scatter(X[:, 0], X[:, 1], c=plt.colormaps["tab10"](labels), s=12)
ax.set_xlabel("feature 1")
ax.set_ylabel("feature 2")
ax.set_title("Clusters")
