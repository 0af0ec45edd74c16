import scipy.signal as sps

trace = [0, 1, 0, 3, 1, 1, 5, 2, 2.5, 0]
candidates, _ = sps.find_peaks(trace)
all_prominences = sps.peak_prominences(trace, candidates)[0]
keep = all_prominences >= 2
peak_indices = candidates[keep]
prominences = all_prominences[keep]
