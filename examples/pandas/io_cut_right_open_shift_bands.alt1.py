import numpy as np
import pandas as pd

calls = pd.DataFrame({"call_id": [1, 2, 3, 4, 5, 6], "hour": [0, 5, 6, 12, 17, 18]})
names = np.array(["night", "morning", "afternoon", "evening"])
calls["shift"] = names[calls["hour"].to_numpy() // 6]
