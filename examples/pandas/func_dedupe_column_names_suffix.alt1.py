def dedupe_columns(frame):
    seen = {}
    new_names = []
    for name in frame.columns:
        count = seen.get(name, 0)
        new_names.append(name if count == 0 else f"{name}.{count}")
        seen[name] = count + 1
    renamed = frame.copy()
    renamed.columns = new_names
    return renamed
