import pandas as pd


def mentions_any(frame, column, keywords):
    lowered = frame[column].astype("string").str.lower()
    mask = pd.Series(False, index=frame.index)
    for keyword in keywords:
        mask |= lowered.str.contains(keyword.lower(), regex=False).fillna(False).astype(bool)
    return frame.loc[mask]
