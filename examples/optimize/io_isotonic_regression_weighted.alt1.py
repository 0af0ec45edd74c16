from scipy import optimize

y = [1.0, 3.0, 2.0, 4.0, 3.5, 5.0]
w = [1, 3, 1, 1, 2, 1]
# the replicate counts enter as weights of the monotone least-squares fit
fitted = optimize.isotonic_regression(y, weights=w).x
