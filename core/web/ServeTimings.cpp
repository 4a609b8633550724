#include "ServeTimings.h"

#include <algorithm>

#ifdef Q_OS_LINUX
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#endif

namespace tunedrop {

ServeTimings::Scope::Scope(ServeTimings *timings, qintptr socketDescriptor) : m_timings(timings)
{
    if (!m_timings)
        return;
    m_waitedMs = kernelWaitMs(socketDescriptor);
    m_clock.start();
}

ServeTimings::Scope::~Scope()
{
    if (m_timings)
        m_timings->record(m_waitedMs, m_clock.nsecsElapsed() / 1000);
}

void ServeTimings::record(qint64 waitedMs, qint64 handledUs)
{
    const double waited = double(std::max<qint64>(waitedMs, 0));
    const double handled = double(handledUs) / 1000.0;
    m_waitedMs << waited;
    m_handledMs << handled;
    m_totalMs << waited + handled;
}

double ServeTimings::percentile(QList<double> values, double q)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype rank = std::min<qsizetype>(values.size() - 1, qsizetype(q * double(values.size())));
    return values.at(rank);
}

QString ServeTimings::summary() const
{
    const auto ms = [](double v) { return QString::number(v, 'f', 1); };
    const double max = m_totalMs.isEmpty() ? 0 : *std::max_element(m_totalMs.cbegin(), m_totalMs.cend());
    return QStringLiteral("web timings: %1 requests; arrival to answer p50 %2 ms, p99 %3 ms, max %4 ms "
                          "(waiting for the server's thread p99 %5 ms, handling p99 %6 ms)")
        .arg(count())
        .arg(ms(percentile(m_totalMs, 0.50)), ms(percentile(m_totalMs, 0.99)), ms(max),
             ms(percentile(m_waitedMs, 0.99)), ms(percentile(m_handledMs, 0.99)));
}

qint64 ServeTimings::kernelWaitMs(qintptr socketDescriptor)
{
#ifdef Q_OS_LINUX
    if (socketDescriptor < 0)
        return -1;
    tcp_info info{};
    socklen_t size = sizeof info;
    if (::getsockopt(int(socketDescriptor), IPPROTO_TCP, TCP_INFO, &info, &size) != 0)
        return -1;
    return qint64(info.tcpi_last_data_recv);
#else
    Q_UNUSED(socketDescriptor);
    return -1;
#endif
}

}  // namespace tunedrop
