def keep_most_complete(frame, key):
    """Deduplicate `frame` on the column `key`, keeping the most complete row."""
    work = frame.reset_index(drop=True)
    work = work.assign(_filled=frame.notna().sum(axis=1).to_numpy(), _position=range(len(work)))
    best = work.sort_values(["_filled", "_position"]).groupby(key, dropna=False).tail(1)
    return frame.iloc[sorted(best["_position"])]
