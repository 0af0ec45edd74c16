import pandas as pd

rain = pd.DataFrame({"hour": [0, 1, 2, 3, 4], "rate_mm_h": [0.0, 2.0, 4.0, 1.0, 0.0]})
step_mm = rain["hour"].diff() * (rain["rate_mm_h"] + rain["rate_mm_h"].shift()) / 2
rain["total_mm"] = step_mm.fillna(0.0).cumsum()
