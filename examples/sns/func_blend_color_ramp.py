# /// example
# task = '''
# Write a function `color_ramp` with the signature and docstring below, then store \
# `color_ramp("white", "navy", 5)` in `ramp`.
#
# ```python
# def color_ramp(low, high, n):
#     """Return `n` hex colour strings ("#rrggbb") running evenly in RGB from
#     the Matplotlib colour `low` to `high`, both ends included, made with
#     seaborn's blend_palette.
#     Raises ValueError("n must be at least 2") if n < 2.
#     """
# ```'''
# prompt = '''
# Could you write `color_ramp(low, high, n)` returning `n` hex colours that blend evenly (in RGB)
# from colour `low` to colour `high`, ends included, using seaborn's blend_palette, and raising
# `ValueError("n must be at least 2")` for n below 2? Then put `color_ramp("white", "navy", 5)`
# in `ramp`.'''
# task_type = 'function'
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'numpy']
# inputs = {}
# checks = [
#     # evenly spaced in RGB: the colours are the linear interpolation between the two ends
#     '(lambda got: len(got) == 5 and all(np.allclose(matplotlib.colors.to_rgb(c), w, atol=1 / 255) for c, w in zip(got, np.linspace(matplotlib.colors.to_rgb("white"), matplotlib.colors.to_rgb("navy"), 5))))(ramp)',
#     '(lambda got: len(got) == 3 and got[0] == "#ff0000" and got[-1] == "#0000ff" and np.allclose(matplotlib.colors.to_rgb(got[1]), (0.5, 0, 0.5), atol=1 / 255))(color_ramp("red", "blue", 3))',
#     '(lambda got: got == ["#000000", "#ffffff"])(color_ramp("black", "white", 2))',
#     'all(isinstance(c, str) and c.startswith("#") and len(c) == 7 for c in color_ramp("tab:green", "yellow", 7))',
#     '__import__("unittest").TestCase().assertRaisesRegex(ValueError, "n must be at least 2", color_ramp, "red", "blue", 1) is None',
# ]
# difficulty = 'basic'
# tags = ['reusable-function', 'colormap', 'validation']
# ///
import seaborn as sns


def color_ramp(low, high, n):
    """Return `n` hex colour strings ("#rrggbb") running evenly in RGB from
    the Matplotlib colour `low` to `high`, both ends included, made with
    seaborn's blend_palette.
    Raises ValueError("n must be at least 2") if n < 2.
    """
    if n < 2:
        raise ValueError("n must be at least 2")
    # blend_palette interpolates linearly between the listed colours
    return sns.blend_palette([low, high], n_colors=n).as_hex()


ramp = color_ramp("white", "navy", 5)
