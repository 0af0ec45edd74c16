from scipy import optimize


def cost(p):
    x, y = p
    return (x - 3) ** 2 + (y + 1) ** 2 + 0.5 * x * y


# finish=None keeps brute's answer on its grid, which spans exactly the box (step 0.1)
x_best = optimize.brute(cost, ((0, 2), (0, 2)), Ns=21, finish=None)
f_best = cost(x_best)
