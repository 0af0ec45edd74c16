import numpy as np
from scipy import integrate

t_out = np.linspace(0, 8, 81)
response = np.empty_like(t_out)
state = [0.0]
# integrate each piece where the input is constant, so no step straddles a pulse edge
for start, stop, level in [(0.0, 5.0, 0.0), (5.0, 5.1, 1.0), (5.1, 8.0, 0.0)]:
    piece = integrate.solve_ivp(
        lambda t, y, u=level: -y + u, (start, stop), state, dense_output=True, rtol=1e-8
    )
    inside = (t_out >= start) & (t_out <= stop)
    response[inside] = piece.sol(t_out[inside])[0]
    state = piece.y[:, -1]
