import scipy.integrate as spi


def rhs(t, y):
    return y**2


# an implicit solver fails the same way: the step size shrinks to nothing near t = 1
sol = spi.solve_ivp(rhs, [0, 2], [1], method="Radau")
failure_message = sol.message if not sol.success else None
t_reached = float(sol.t[-1])
