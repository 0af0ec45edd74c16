import numpy as np
import pandas as pd

exposure = np.repeat(["exposed", "unexposed"], np.asarray(table).sum(axis=1))
outcome = np.concatenate([np.repeat(["none", "mild", "severe"], row) for row in np.asarray(table)])
records = pd.DataFrame({"exposure": exposure, "outcome": outcome})
