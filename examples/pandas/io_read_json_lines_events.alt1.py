import json

import pandas as pd

raw = """{"user": "ana", "ts": "2024-05-01 10:00:00", "clicks": 3}
{"user": "bo", "ts": "2024-05-01 11:30:00", "clicks": 1}
{"user": "ana", "ts": "2024-05-02 09:15:00", "clicks": 7}
"""

events = pd.DataFrame([json.loads(line) for line in raw.splitlines() if line.strip()])
events = events.assign(ts=pd.to_datetime(events["ts"]))
