import numpy as np

design = np.column_stack([np.ones(len(X)), X])
coefficients, *_ = np.linalg.lstsq(design, y, rcond=None)
predicted = design @ coefficients
