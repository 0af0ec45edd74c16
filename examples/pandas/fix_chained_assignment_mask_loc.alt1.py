cleaned = df.assign(response=df["response"].mask(df["dose"].isna()))
