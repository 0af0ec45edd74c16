import pandas as pd

expected = pd.Index(["S01", "S02", "S03", "S04", "S05"], name="station")
received = pd.Index(["S02", "S05", "S07", "S03", "S09"], name="station")
missing = sorted(set(expected) - set(received))
unexpected = sorted(set(received) - set(expected))
on_time = sorted(expected[expected.isin(received)])
