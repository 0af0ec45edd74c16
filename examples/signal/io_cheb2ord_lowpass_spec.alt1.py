import scipy.signal as sps

nyquist = 8000 / 2
# without fs=, the band edges are fractions of the Nyquist frequency
order, wn_norm = sps.cheb2ord(1000 / nyquist, 1500 / nyquist, 1, 40)
wn = wn_norm * nyquist
sos = sps.iirfilter(order, wn_norm, rs=40, btype="low", ftype="cheby2", output="sos")
