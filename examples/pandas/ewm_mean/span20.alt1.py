# span 20 is a smoothing factor alpha = 2 / (span + 1)
ewma = weather["temperature"].ewm(alpha=2 / (20 + 1), adjust=False).mean()
