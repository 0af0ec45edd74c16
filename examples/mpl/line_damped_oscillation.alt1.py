import matplotlib.pyplot as plt
import numpy as np

t = np.linspace(0, 10, 1000)
envelope = np.exp(-0.3 * t)
displacement = envelope * np.cos(2 * np.pi * 0.8 * t)

fig = plt.figure(figsize=(8, 4))
plt.plot(t, displacement, label="displacement")
plt.plot(t, envelope, linestyle="--", color="gray", label="envelope")
plt.xlabel("Time (s)")
plt.ylabel("Displacement")
plt.title("Damped oscillation")
plt.legend()
ax = plt.gca()
