from scipy import optimize

res = optimize.minimize(
    lambda p: -4 * p[0] * p[1],
    [1.0, 1.0],
    method="SLSQP",
    bounds=[(0, 3), (0, 2)],
    constraints=[{"type": "eq", "fun": lambda p: p[0] ** 2 / 9 + p[1] ** 2 / 4 - 1}],
    # a tighter tolerance than the default 1e-6 pins the corner to 4 decimals
    tol=1e-10,
)
corner = res.x
area = -res.fun
