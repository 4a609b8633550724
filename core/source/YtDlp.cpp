// Being written: see YtDlp.h
