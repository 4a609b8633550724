#pragma once

#include "transcode/EncoderSettings.h"

#include <QString>

#include <memory>

class QSettings;

namespace tunedrop {

class Profile;
struct QueueConfig;

// Typed access to the profile's settings (tunedrop.ini). Each value has one key, one
// default and one valid range, here and nowhere else.
class Settings {
public:
    explicit Settings(const Profile &profile);
    ~Settings();

    int workers() const;                 // 1..16, default: ideal thread count
    void setWorkers(int workers);
    QString outputDir() const;           // default ~/Music/TuneDrop
    void setOutputDir(const QString &dir);
    EncoderSettings encoder() const;     // default CBR 192 kbps
    void setEncoder(const EncoderSettings &encoder);
    QString fileNameTemplate() const;    // default "{title}"
    QString ytDlpPath() const;           // empty: PATH
    int playlistLimit() const;           // default 200
    int softTimeLimitSeconds() const;    // default 0 (off); the original used 240
    int hardTimeLimitSeconds() const;    // default 0 (off); the original used 360

    // The queue's configuration from these settings and the profile's folders.
    QueueConfig queueConfig() const;

private:
    const Profile &m_profile;
    std::unique_ptr<QSettings> m_settings;
};

}  // namespace tunedrop
