import numpy as np
import pandas as pd

master = pd.DataFrame(
    {"phone": ["555-0101", np.nan, "555-0199"], "city": [np.nan, "Leeds", "York"]},
    index=pd.Index(["c1", "c2", "c3"], name="customer"),
)
patch = pd.DataFrame(
    {"phone": ["555-0000", "555-0142"], "city": ["Bath", "Hull"]},
    index=pd.Index(["c1", "c2"], name="customer"),
)
master = master.combine_first(patch)
