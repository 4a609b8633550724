// Being written: see UrlClassifier.h
