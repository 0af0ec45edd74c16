import pandas as pd

raw = pd.DataFrame({"line": ["timeout=30", "mode=fast", "url=http://x?a=1", "verbose"]})
split = raw["line"].str.split("=", n=1, expand=True)
settings = split.set_axis(["key", "value"], axis=1).fillna("")
