import matplotlib as mpl


def lighten(color, amount):
    """Mix any matplotlib colour spec with white and return it as "#rrggbb".

    amount=0 returns the colour unchanged, amount=1 returns white; each RGB
    channel becomes c + (1 - c) * amount. Alpha is dropped. Raise ValueError
    when amount is outside [0, 1].
    """
    if amount < 0 or amount > 1:
        raise ValueError("amount must lie between 0 and 1")
    red, green, blue, _alpha = mpl.colors.to_rgba(color)
    mixed = tuple(channel + (1 - channel) * amount for channel in (red, green, blue))
    return mpl.colors.to_hex(mixed, keep_alpha=False)


palette = [lighten("tab:blue", a) for a in [0, 0.25, 0.5, 0.75]]
