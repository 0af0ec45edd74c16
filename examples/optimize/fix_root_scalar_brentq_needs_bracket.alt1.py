import numpy as np
from scipy import optimize

flows = np.array([-1000.0, 300.0, 400.0, 500.0])
years = np.arange(len(flows))


def npv(r):
    return float(flows @ (1 + r) ** -years)


def npv_slope(r):
    return float(flows @ (-years * (1 + r) ** (-years - 1)))


# keep the starting guess but use Newton with the analytic derivative, which takes x0
irr = optimize.root_scalar(npv, x0=0.05, fprime=npv_slope, method="newton").root
