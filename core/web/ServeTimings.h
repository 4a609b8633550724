#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <QtGlobal>

namespace tunedrop {

// The web server's own view of its latency, for benchmarks (issue 13 item 7): a client-side
// figure mixes the server's delay with the client's (on two cores, a Python client with 50
// threads competes for the same CPUs). Per request: how long the request waited in the kernel
// before the server's thread got to it (TCP_INFO's tcpi_last_data_recv: time since its bytes
// arrived, millisecond granularity, Linux only) plus how long the handler took until the
// answer was queued on the socket. On only when TUNEDROP_WEB_TIMINGS is set (HttpServer);
// the server prints summary() when it goes away.
class ServeTimings {
public:
    // Times one request: from construction (the handler is about to run) to destruction.
    class Scope {
    public:
        Scope(ServeTimings *timings, qintptr socketDescriptor);
        ~Scope();
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;

    private:
        ServeTimings *m_timings;
        qint64 m_waitedMs = -1;
        QElapsedTimer m_clock;
    };

    // `waitedMs` < 0: unknown (not Linux, or the socket is gone): counted as 0.
    void record(qint64 waitedMs, qint64 handledUs);
    int count() const { return int(m_totalMs.size()); }
    // Nearest rank, as tests/bench/web_load.py computes the client's: sorted[min(n-1, q*n)].
    static double percentile(QList<double> values, double q);
    // "web timings: N requests; arrival to answer p50 …"; one line.
    QString summary() const;
    // Milliseconds since the socket last received data; -1 when the kernel cannot say.
    static qint64 kernelWaitMs(qintptr socketDescriptor);

private:
    QList<double> m_totalMs, m_waitedMs, m_handledMs;
};

}  // namespace tunedrop
