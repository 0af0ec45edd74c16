import numpy as np

sent = np.array([0, 1, 3, 2, 0, 0, 0, 0])
received = np.array([0, 0, 0, 1, 3, 2, 0, 0])

xcorr = np.correlate(received, sent, mode="full")
# in "full" mode the output starts at lag -(len(sent) - 1)
lags = np.arange(-(len(sent) - 1), len(received))
delay_samples = int(lags[xcorr.argmax()])
