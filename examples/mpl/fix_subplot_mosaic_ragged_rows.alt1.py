import matplotlib.pyplot as plt

fig, axd = plt.subplot_mosaic("AB;AC", figsize=(9, 5), layout="constrained")
axd = {"map": axd["A"], "profile": axd["B"], "hist": axd["C"]}
axd["map"].imshow(z, origin="lower", extent=(x[0], x[-1], y[0], y[-1]), aspect="auto")
axd["map"].set_title("Elevation")
axd["map"].set_xlabel("x")
axd["map"].set_ylabel("y")
axd["profile"].plot(x, z[len(y) // 2])
axd["profile"].set_title("Profile along the middle row")
axd["profile"].set_xlabel("x")
axd["profile"].set_ylabel("elevation")
axd["hist"].hist(z.ravel(), bins=30)
axd["hist"].set_title("Elevation distribution")
axd["hist"].set_xlabel("elevation")
axd["hist"].set_ylabel("cells")
