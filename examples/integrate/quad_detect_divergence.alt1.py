from scipy import integrate

integrals = {}
messages = {}
for p in (0.5, 0.9, 1.0, 1.5):
    out = integrate.quad(lambda x, p=p: x**-p, 0.0, 1.0, full_output=1)
    # a 4th item (the message) is only present when QUADPACK flags a problem
    if len(out) == 4:
        integrals[p] = None
        messages[p] = out[3]
    else:
        integrals[p] = out[0]
