# /// example
# task = """
# Integrate x**-p over [0, 1] for each exponent p in 0.5, 0.9, 1.0 and 1.5 with `quad(..., \
# full_output=1)`; the integral diverges for p >= 1, which QUADPACK signals only through a 4th \
# returned message (its number may even look finite). Store in the dict `integrals` (keyed by p) \
# the value when quad reported no problem and None otherwise, and the messages of the failed \
# cases in the dict `messages`."""
# prompt = """
# For p in 0.5, 0.9, 1.0 and 1.5, I'm integrating x**-p over [0, 1] with quad. The integral \
# diverges for p >= 1, but quad only tells you via a warning message returned as a 4th item when \
# you ask for the full output, and the number it gives can look finite. Build a dict `integrals` \
# keyed by p holding the value when quad reported no problem and None otherwise, plus a dict \
# `messages` with quad's message string for each failed p."""
# domain = 'numerical_methods'
# libraries = ['scipy.integrate']
# inputs = {}
# checks = [
#     'np.isclose(integrals[0.5], 2.0) and np.isclose(integrals[0.9], 10.0)',
#     'integrals[1.0] is None and integrals[1.5] is None',
#     'set(messages) == {1.0, 1.5} and all(isinstance(m, str) for m in messages.values())',
# ]
# difficulty = 'intermediate'
# tags = ['quadrature', 'improper-integral', 'error-handling']
# ///
from scipy import integrate

integrals, messages = {}, {}
for p in [0.5, 0.9, 1.0, 1.5]:
    result = integrate.quad(lambda x, p: x**-p, 0, 1, args=(p,), full_output=1)
    if len(result) > 3:  # a message means the value cannot be trusted
        integrals[p] = None
        messages[p] = result[3]
    else:
        integrals[p] = result[0]
