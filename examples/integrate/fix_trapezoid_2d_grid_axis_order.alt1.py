from scipy import integrate

along_y = integrate.trapezoid(z, y, axis=0)
volume = integrate.trapezoid(along_y, x)
