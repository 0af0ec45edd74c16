from scipy.optimize import linprog

# A_ub rows mean "<=", so the protein floor 0.3 a + 0.6 b >= 4.5 enters with flipped signs;
# the default bounds already keep both amounts non-negative
res = linprog(c=[2.0, 3.0], A_ub=[[-0.3, -0.6]], b_ub=[-4.5], A_eq=[[1, 1]], b_eq=[10])
amounts = res.x
total_cost = res.fun
