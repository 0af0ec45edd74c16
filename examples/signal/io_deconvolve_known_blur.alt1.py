import numpy as np

blurred = np.array([1, 3, 5.5, 4, 1.5])
response = np.array([1, 1, 0.5])
# convolution is polynomial multiplication, so polydiv undoes it
x, rest = np.polydiv(blurred, response)
# pad the remainder to the length of the readings, as deconvolve reports it
remainder = np.zeros(len(blurred))
remainder[len(blurred) - len(rest) :] = rest
