import scipy.signal as sps

factor = 3
# scaling the output is the same as scaling the (linear) filter
upsampled = factor * sps.upfirdn(sps.firwin(61, 1 / factor), x, up=factor)
