import math

numtaps = 65
width = 0.1
# Kaiser's empirical formulas (width as a fraction of Nyquist, so pi * width in rad/sample)
atten_db = 2.285 * (numtaps - 1) * math.pi * width + 7.95
if atten_db > 50:
    beta = 0.1102 * (atten_db - 8.7)
elif atten_db >= 21:
    beta = 0.5842 * (atten_db - 21) ** 0.4 + 0.07886 * (atten_db - 21)
else:
    beta = 0.0
