import math

from scipy.integrate import nquad

# nquad lists the ranges from the innermost variable outwards: r, theta, phi
ranges = [(0, 1), (0, math.pi), (0, 2 * math.pi)]
volume = nquad(lambda r, th, ph: r**2 * math.sin(th), ranges)[0]
# distance to the z axis squared is (r sin theta)^2
inertia_z = nquad(lambda r, th, ph: (r * math.sin(th)) ** 2 * r**2 * math.sin(th), ranges)[0]
