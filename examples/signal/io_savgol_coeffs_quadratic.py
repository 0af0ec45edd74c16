# /// example
# task = """
# Get the weights of the 5-point Savitzky-Golay smoothing filter that fits a quadratic, store \
# them in `weights`, and also store them scaled by 35 in `scaled` (the classic integer table).
#
# ```text
# window length = 5, polynomial order = 2
# ```
#
# Wanted:
#
# ```text
# scaled = [-3, 12, 17, 12, -3]
# ```"""
# prompt = """
# The Savitzky-Golay paper tabulates the 5-point quadratic smoothing weights as integers over a \
# normaliser of 35:
#
# ```text
# window length = 5, polynomial order = 2
# ```
#
# ```text
# scaled = [-3, 12, 17, 12, -3]
# ```
#
# I want the actual floating weights in `weights` (to use as an FIR kernel) and `scaled` = 35 \
# times them, to confirm I got the same table."""
# task_type = 'input-output'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(scaled, [-3, 12, 17, 12, -3])',
#     'np.allclose(weights, np.array([-3, 12, 17, 12, -3]) / 35)',
# ]
# difficulty = 'basic'
# tags = ['smoothing', 'fir-filter']
# ///
from scipy import signal

# savgol_coeffs gives the least-squares weights for the window's centre point
weights = signal.savgol_coeffs(5, 2)
scaled = 35 * weights
