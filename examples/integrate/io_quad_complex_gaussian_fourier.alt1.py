import math

from scipy.integrate import quad

# e^{-ix} = cos x - i sin x: integrate the two real parts separately
real_part, _ = quad(lambda x: math.exp(-x * x) * math.cos(x), -math.inf, math.inf)
imag_part, _ = quad(lambda x: -math.exp(-x * x) * math.sin(x), -math.inf, math.inf)
transform = complex(real_part, imag_part)
