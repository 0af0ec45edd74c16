import numpy as np
import scipy.signal as sps

wo = 2 * np.pi * 1000
bw = 2 * np.pi * 200
# transform the prototype's zeros and poles (none, -1, gain 1), then multiply out the factors
zeros, poles, gain = sps.lp2bp_zpk([], [-1.0], 1.0, wo=wo, bw=bw)
b, a = sps.zpk2tf(zeros, poles, gain)
