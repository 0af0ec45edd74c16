# /// example
# task = '''
# Write the function `lighten` below with matplotlib's colour conversion helpers, then store in
# `palette` the tab10 blue "tab:blue" lightened by 0, 0.25, 0.5 and 0.75, in that order.
#
# ```python
# def lighten(color, amount):
#     """Mix any matplotlib colour spec with white and return it as "#rrggbb".
#
#     amount=0 returns the colour unchanged, amount=1 returns white; each RGB
#     channel becomes c + (1 - c) * amount. Alpha is dropped. Raise ValueError
#     when amount is outside [0, 1].
#     """
# ```'''
# prompt = '''
# I need a helper `lighten(color, amount)` that takes any matplotlib colour (a name like
# "red", a hex string, an RGB tuple) and blends it towards white: each channel c becomes
# `c + (1 - c) * amount`, returned as a "#rrggbb" string without alpha, `amount` from 0
# (unchanged) to 1 (white), and a ValueError for an amount outside [0, 1]. Then make
# `palette`: "tab:blue" lightened by 0, 0.25, 0.5 and 0.75.'''
# task_type = 'function'
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = {}
# checks = [
#     'lighten("black", 0.5) == matplotlib.colors.to_hex((0.5, 0.5, 0.5)) and lighten("#ff0000", 0) == "#ff0000" and lighten((0.0, 0.0, 1.0), 1) == "#ffffff"',
#     # alpha in the input is dropped, any colour spec works
#     'lighten((0.2, 0.4, 0.6, 0.3), 0.25) == matplotlib.colors.to_hex(np.array([0.2, 0.4, 0.6]) + (1 - np.array([0.2, 0.4, 0.6])) * 0.25) and lighten("C2", 0.1) == matplotlib.colors.to_hex(np.array(matplotlib.colors.to_rgb("C2")) * 0.9 + 0.1)',
#     'palette == [matplotlib.colors.to_hex(np.array(matplotlib.colors.to_rgb("tab:blue")) + (1 - np.array(matplotlib.colors.to_rgb("tab:blue"))) * a) for a in (0, 0.25, 0.5, 0.75)]',
#     '__import__("unittest").TestCase().assertRaises(ValueError, lighten, "red", 1.5) is None and __import__("unittest").TestCase().assertRaises(ValueError, lighten, "red", -0.1) is None',
# ]
# difficulty = 'basic'
# tags = ['reusable-function', 'styling', 'validation']
# ///
import numpy as np
from matplotlib import colors


def lighten(color, amount):
    """Mix any matplotlib colour spec with white and return it as "#rrggbb".

    amount=0 returns the colour unchanged, amount=1 returns white; each RGB
    channel becomes c + (1 - c) * amount. Alpha is dropped. Raise ValueError
    when amount is outside [0, 1].
    """
    if not 0 <= amount <= 1:
        raise ValueError(f"amount must be in [0, 1], got {amount}")
    # to_rgb accepts names, hex strings, "C0"-style cycle colours and tuples
    rgb = np.array(colors.to_rgb(color))
    return colors.to_hex(rgb + (1 - rgb) * amount)


palette = [lighten("tab:blue", amount) for amount in (0, 0.25, 0.5, 0.75)]
