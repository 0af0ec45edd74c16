def coalesce(frame, columns):
    missing = [column for column in columns if column not in frame.columns]
    if missing:
        raise KeyError(missing)
    result = frame[columns[0]].copy()
    for column in columns[1:]:
        result = result.combine_first(frame[column])
    return result
