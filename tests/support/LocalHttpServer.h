#pragma once

#include <QString>
#include <QThread>

#include <memory>

namespace tunedrop::test {

// A small HTTP/1.1 file server on 127.0.0.1 for tests: GET and HEAD, byte ranges (206),
// 404 for missing files, one request per connection. It runs on its own thread, so tests
// may block their own thread (e.g. in Transcoder::run) while it serves.
class LocalHttpServer {
public:
    explicit LocalHttpServer(QString rootDir);
    ~LocalHttpServer();

    quint16 port() const { return m_port; }
    QString url(const QString &fileName) const;
    int requestCount() const;

private:
    class Worker;
    QString m_root;
    QThread m_thread;
    Worker *m_worker = nullptr;
    quint16 m_port = 0;
};

}  // namespace tunedrop::test
