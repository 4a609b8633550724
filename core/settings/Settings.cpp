#include "Settings.h"

#include "Profile.h"
#include "queue/JobQueue.h"

#include <QDir>
#include <QSettings>

#include <algorithm>

namespace tunedrop {

namespace {
const QString kWorkers = QStringLiteral("queue/workers");
const QString kOutputDir = QStringLiteral("output/dir");
const QString kMode = QStringLiteral("encoder/mode");
const QString kBitrate = QStringLiteral("encoder/bitrate");
const QString kVbr = QStringLiteral("encoder/vbrQuality");
const QString kId3 = QStringLiteral("encoder/id3Version");
const QString kCopy = QStringLiteral("encoder/streamCopy");
const QString kTemplate = QStringLiteral("output/fileNameTemplate");
const QString kYtDlp = QStringLiteral("ytdlp/path");
const QString kPlaylistLimit = QStringLiteral("queue/playlistLimit");
const QString kSoft = QStringLiteral("queue/softTimeLimitSeconds");
const QString kHard = QStringLiteral("queue/hardTimeLimitSeconds");
}  // namespace

Settings::Settings(const Profile &profile) : m_profile(profile), m_settings(profile.openSettings()) {}

Settings::~Settings() = default;

int Settings::workers() const
{
    return std::clamp(m_settings->value(kWorkers, JobQueue::defaultWorkers()).toInt(), 1, 16);
}

void Settings::setWorkers(int workers) { m_settings->setValue(kWorkers, std::clamp(workers, 1, 16)); }

QString Settings::outputDir() const { return m_profile.outputDir(); }

void Settings::setOutputDir(const QString &dir) { m_settings->setValue(kOutputDir, dir); }

EncoderSettings Settings::encoder() const
{
    EncoderSettings e;
    e.mode = m_settings->value(kMode).toString() == QLatin1String("vbr") ? EncoderSettings::Mode::Vbr
                                                                           : EncoderSettings::Mode::Cbr;
    e.bitrateKbps = m_settings->value(kBitrate, 192).toInt();
    e.vbrQuality = m_settings->value(kVbr, 2).toInt();
    e.id3Version = m_settings->value(kId3, 4).toInt() == 3 ? EncoderSettings::Id3Version::V23
                                                           : EncoderSettings::Id3Version::V24;
    e.allowStreamCopy = m_settings->value(kCopy, true).toBool();
    return e.validationError().isEmpty() ? e : EncoderSettings{};
}

void Settings::setEncoder(const EncoderSettings &e)
{
    m_settings->setValue(kMode, e.mode == EncoderSettings::Mode::Vbr ? QStringLiteral("vbr") : QStringLiteral("cbr"));
    m_settings->setValue(kBitrate, e.bitrateKbps);
    m_settings->setValue(kVbr, e.vbrQuality);
    m_settings->setValue(kId3, int(e.id3Version));
    m_settings->setValue(kCopy, e.allowStreamCopy);
}

QString Settings::fileNameTemplate() const
{
    const QString t = m_settings->value(kTemplate).toString().trimmed();
    return t.isEmpty() ? QStringLiteral("{title}") : t;
}

QString Settings::ytDlpPath() const { return m_settings->value(kYtDlp).toString(); }

int Settings::playlistLimit() const { return std::clamp(m_settings->value(kPlaylistLimit, 200).toInt(), 1, 5000); }

int Settings::softTimeLimitSeconds() const { return std::max(0, m_settings->value(kSoft, 0).toInt()); }

int Settings::hardTimeLimitSeconds() const { return std::max(0, m_settings->value(kHard, 0).toInt()); }

QueueConfig Settings::queueConfig() const
{
    QueueConfig c;
    c.workers = workers();
    c.encoder = encoder();
    c.defaultOutputDir = outputDir();
    c.workRoot = QDir(m_profile.dataDir()).filePath(QStringLiteral("work"));
    c.ytDlpPath = ytDlpPath();
    c.fileNameTemplate = fileNameTemplate();
    c.playlistLimit = playlistLimit();
    c.softTimeLimitSeconds = softTimeLimitSeconds();
    c.hardTimeLimitSeconds = hardTimeLimitSeconds();
    return c;
}

}  // namespace tunedrop
