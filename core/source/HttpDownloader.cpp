// Being written: see HttpDownloader.h
