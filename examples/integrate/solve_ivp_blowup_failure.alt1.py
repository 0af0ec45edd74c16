from scipy.integrate import solve_ivp

sol = solve_ivp(lambda t, y: y**2, (0.0, 2.0), [1.0])
failure_message = None if sol.success else sol.message
t_reached = sol.t[-1]
