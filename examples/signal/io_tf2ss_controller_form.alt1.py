import scipy.signal as sps

# to_ss realises the transfer function in the same controller canonical form as tf2ss
system = sps.TransferFunction([1, 4], [1, 3, 2]).to_ss()
A, B, C, D = system.A, system.B, system.C, system.D
