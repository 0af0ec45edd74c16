import numpy as np

b0, b1 = 0.2, 0.2
a1 = -0.6
x_new = np.array([1.0, 0.0, 0.0, 2.0])
x_prev, y_prev = 2.0, 1.5
y_new = np.empty_like(x_new)
# run the difference equation y[n] = b0 x[n] + b1 x[n-1] - a1 y[n-1] from the saved samples
for n, xn in enumerate(x_new):
    y_new[n] = b0 * xn + b1 * x_prev - a1 * y_prev
    x_prev, y_prev = xn, y_new[n]
