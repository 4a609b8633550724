#include "PlayerBar.h"

#include "CoverCache.h"

#include "ElidedLabel.h"

#include "transcode/Id3Tag.h"

#include <QAudioDevice>
#include <QAudioOutput>
#include <QBoxLayout>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QKeySequence>
#include <QLabel>
#include <QMediaDevices>
#include <QMediaPlayer>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QResizeEvent>
#include <QShortcut>
#include <QSlider>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QUrl>

#include <limits>

namespace tunedrop {

namespace {

constexpr int kCoverSize = 32;
constexpr int kDefaultVolume = 80;
constexpr qint64 kOneHourMs = qint64(3600) * 1000;
constexpr int kMaxTitleHint = 260;  // a long title never takes the seek slider's room

ElidedLabel *elided(QLabel *label) { return static_cast<ElidedLabel *>(label); }

QString noDeviceText() { return PlayerBar::tr("No audio output device found."); }

// "m:ss", or "h:mm:ss" when `withHours`.
QString formatTime(qint64 ms, bool withHours)
{
    const qint64 seconds = qMax<qint64>(0, ms) / 1000;
    const QLatin1Char zero('0');
    if (withHours) {
        return QStringLiteral("%1:%2:%3")
            .arg(seconds / 3600)
            .arg((seconds / 60) % 60, 2, 10, zero)
            .arg(seconds % 60, 2, 10, zero);
    }
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, zero);
}

QString timeText(qint64 position, qint64 duration)
{
    const bool hours = duration >= kOneHourMs || position >= kOneHourMs;
    return PlayerBar::tr("%1 / %2").arg(formatTime(position, hours), formatTime(duration, hours));
}

// Shown when the MP3 has no (readable) cover: the list's tile (CoverCache), in palette colours.
QPixmap placeholderCover(const QWidget *widget)
{
    return CoverCache::placeholderTile(widget->palette(), widget->font(), kCoverSize, widget->devicePixelRatioF());
}

// The cover scaled to fill the square thumbnail (centre-cropped), sharp on HiDPI screens.
QPixmap coverPixmap(const QImage &image, qreal dpr)
{
    return CoverCache::scaled(image, kCoverSize, dpr);
}

enum class MessageKind {
    None,     // hide the message
    Warning,  // e.g. no audio device: a short note at the end, the controls stay usable
    Failure,  // this file cannot play: the message takes the seek slider's place
};

// The error label, and the seek slider + time label it replaces on a failure.
void showMessage(QLabel *errorLabel, QSlider *seek, QLabel *time, MessageKind kind,
                 const QString &message = QString(), const QString &toolTip = QString())
{
    auto *label = elided(errorLabel);
    const bool failure = kind == MessageKind::Failure;
    label->setFullText(kind == MessageKind::None ? QString() : message);
    label->setToolTip(toolTip.isEmpty() ? label->fullText() : toolTip);
    label->setAccessibleDescription(label->fullText());
    label->setSizePolicy(failure ? QSizePolicy::Expanding : QSizePolicy::Maximum, QSizePolicy::Preferred);
    if (auto *box = qobject_cast<QBoxLayout *>(label->parentWidget()->layout()))
        box->setStretchFactor(label, failure ? 3 : 0);
    seek->setVisible(!failure);
    time->setVisible(!failure);
    label->setVisible(kind != MessageKind::None);
}

// What the bar shows when nothing is wrong with the current file.
MessageKind idleMessageKind()
{
    return QMediaDevices::audioOutputs().isEmpty() ? MessageKind::Warning : MessageKind::None;
}

}  // namespace

PlayerBar::PlayerBar(QWidget *parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setAccessibleName(tr("Player"));
    setToolTip(tr("Plays a finished MP3 (Space toggles play and pause)"));

    m_player = new QMediaPlayer(this);
    m_audio = new QAudioOutput(this);
    m_player->setAudioOutput(m_audio);

    m_cover = new QLabel(this);
    m_cover->setObjectName(QStringLiteral("cover"));
    m_cover->setFixedSize(kCoverSize, kCoverSize);
    m_cover->setAlignment(Qt::AlignCenter);
    m_cover->setAccessibleName(tr("Cover art"));

    m_title = new ElidedLabel(kMaxTitleHint, this);
    m_title->setObjectName(QStringLiteral("title"));

    m_playPause = new QToolButton(this);
    m_playPause->setObjectName(QStringLiteral("playPause"));
    m_playPause->setAutoRaise(true);
    m_playPause->setIconSize(QSize(20, 20));
    m_playPause->setFixedSize(32, 32);
    m_playPause->setEnabled(false);

    m_seek = new QSlider(Qt::Horizontal, this);
    m_seek->setObjectName(QStringLiteral("seek"));
    m_seek->setRange(0, 0);
    m_seek->setSingleStep(5000);
    m_seek->setPageStep(15000);
    m_seek->setMinimumWidth(80);
    m_seek->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_seek->setEnabled(false);
    m_seek->setAccessibleName(tr("Playback position"));
    m_seek->setToolTip(tr("Playback position: drag to seek"));

    m_time = new QLabel(this);
    m_time->setObjectName(QStringLiteral("time"));
    m_time->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_time->setAccessibleName(tr("Elapsed and total time"));
    m_time->setToolTip(tr("Elapsed time / total time"));

    auto *volumeIcon = new QLabel(this);
    volumeIcon->setObjectName(QStringLiteral("volumeIcon"));
    volumeIcon->setPixmap(style()->standardIcon(QStyle::SP_MediaVolume, nullptr, this).pixmap(16, 16));
    volumeIcon->setAccessibleName(tr("Volume"));
    volumeIcon->setToolTip(tr("Volume"));

    m_volume = new QSlider(Qt::Horizontal, this);
    m_volume->setObjectName(QStringLiteral("volume"));
    m_volume->setRange(0, 100);
    m_volume->setSingleStep(5);
    m_volume->setPageStep(10);
    m_volume->setFixedWidth(90);
    m_volume->setAccessibleName(tr("Volume"));

    m_error = new ElidedLabel(QWIDGETSIZE_MAX, this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setAccessibleName(tr("Playback error"));
    elided(m_error)->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(16, 16));
    updateErrorColour();
    m_error->hide();

    // [cover] [title] [>] [====seek====] [0:01 / 0:03] [error] [vol ==]
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 8, 4);
    layout->setSpacing(8);
    layout->addWidget(m_cover);
    layout->addWidget(m_title);
    layout->addSpacing(4);
    layout->addWidget(m_playPause);
    layout->addWidget(m_seek, 3);
    layout->addWidget(m_time);
    layout->addWidget(m_error);
    layout->addSpacing(8);
    layout->addWidget(volumeIcon);
    layout->addWidget(m_volume);

    // Space toggles play/pause while the bar or one of its controls has focus.
    auto *space = new QShortcut(QKeySequence(Qt::Key_Space), this);
    space->setContext(Qt::WidgetWithChildrenShortcut);
    connect(space, &QShortcut::activated, this, &PlayerBar::togglePause);

    connect(m_playPause, &QToolButton::clicked, this, &PlayerBar::togglePause);

    // The slider follows playback unless the user holds it; a drag only updates the label and
    // seeks once on release; clicks on the groove, keys and the wheel seek at once.
    connect(m_player, &QMediaPlayer::positionChanged, this, [this](qint64 position) {
        if (m_seek->isSliderDown())
            return;
        const QSignalBlocker blocker(m_seek);
        m_seek->setValue(int(position));
        m_time->setText(timeText(position, m_player->duration()));
    });
    connect(m_seek, &QSlider::valueChanged, this, [this](int value) {
        if (!m_seek->isSliderDown())
            m_player->setPosition(value);
        m_time->setText(timeText(value, m_player->duration()));
    });
    connect(m_seek, &QSlider::sliderReleased, this, [this] { m_player->setPosition(m_seek->value()); });

    connect(m_player, &QMediaPlayer::durationChanged, this, [this](qint64 duration) {
        {
            const QSignalBlocker blocker(m_seek);
            m_seek->setRange(0, int(qBound(qint64(0), duration, qint64(std::numeric_limits<int>::max()))));
        }
        m_seek->setEnabled(duration > 0 && m_player->isSeekable());
        // Wide enough for any text this track can show, so the slider does not jitter.
        QString widest = timeText(duration, duration);
        for (QChar &c : widest) {
            if (c.isDigit())
                c = QLatin1Char('0');
        }
        m_time->setMinimumWidth(m_time->fontMetrics().horizontalAdvance(widest) + 2);
        m_time->setText(timeText(m_seek->isSliderDown() ? m_seek->value() : m_player->position(), duration));
    });
    connect(m_player, &QMediaPlayer::seekableChanged, this, [this](bool seekable) {
        m_seek->setEnabled(seekable && m_player->duration() > 0);
    });
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, [this](QMediaPlayer::MediaStatus status) {
        if (status == QMediaPlayer::EndOfMedia && !m_seek->isSliderDown()) {
            const QSignalBlocker blocker(m_seek);
            m_seek->setValue(m_seek->maximum());
            m_time->setText(timeText(m_player->duration(), m_player->duration()));
        }
    });

    auto updatePlayButton = [this](QMediaPlayer::PlaybackState state) {
        const bool playing = state == QMediaPlayer::PlayingState;
        m_playPause->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay,
                                                   nullptr, this));
        m_playPause->setAccessibleName(playing ? tr("Pause") : tr("Play"));
        m_playPause->setToolTip(playing ? tr("Pause (Space)") : tr("Play (Space)"));
    };
    updatePlayButton(QMediaPlayer::StoppedState);
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, updatePlayButton);

    connect(m_volume, &QSlider::valueChanged, this, [this](int value) {
        m_audio->setVolume(float(value) / 100.0f);  // linear, as QAudioOutput expects
        m_volume->setToolTip(tr("Volume: %1%").arg(value));
    });
    m_volume->setValue(kDefaultVolume);  // also sets the output volume and the tooltip

    connect(m_player, &QMediaPlayer::errorOccurred, this,
            [this](QMediaPlayer::Error error, const QString &errorString) {
        if (error == QMediaPlayer::NoError)
            return;
        // GStreamer often follows the real cause with a generic "Internal data stream error."
        // from another element: report only the first failure of this source.
        if (!m_error->isHidden() && elided(m_error)->fullText() != noDeviceText())
            return;
        QString message;
        switch (error) {
        case QMediaPlayer::FormatError:
            message = tr("This file cannot be played: a GStreamer plugin may be missing "
                         "(install gstreamer1.0-plugins-good).");
            break;
        case QMediaPlayer::ResourceError:
            message = tr("The file cannot be opened.");
            break;
        default:
            message = errorString.trimmed().isEmpty() ? tr("Playback failed.") : errorString;
            break;
        }
        const bool detailed = !errorString.trimmed().isEmpty() && errorString != message;
        showMessage(m_error, m_seek, m_time, MessageKind::Failure, message,
                    detailed ? tr("%1\nDetails: %2").arg(message, errorString) : message);
        // After a fatal error the Qt 6.4 GStreamer backend may stay in PlayingState; stop it
        // (queued: not from inside the backend's own signal) unless another file was started.
        QTimer::singleShot(0, this, [this, failed = m_player->source()] {
            if (m_player && m_player->source() == failed && m_player->playbackState() != QMediaPlayer::StoppedState)
                m_player->stop();
        });
        emit errorOccurred(message);
    });

    // No output device (headless box, unplugged headset): say so, but keep the UI usable.
    auto *devices = new QMediaDevices(this);
    auto checkDevices = [this] {
        const QList<QAudioDevice> outputs = QMediaDevices::audioOutputs();
        if (outputs.isEmpty()) {
            if (m_error->isHidden())
                showMessage(m_error, m_seek, m_time, MessageKind::Warning, noDeviceText());
            return;
        }
        if (!outputs.contains(m_audio->device()))
            m_audio->setDevice(QMediaDevices::defaultAudioOutput());
        if (elided(m_error)->fullText() == noDeviceText())
            showMessage(m_error, m_seek, m_time, MessageKind::None);
    };
    connect(devices, &QMediaDevices::audioOutputsChanged, this, checkDevices);
    checkDevices();

    elided(m_title)->setFullText(QString());
    m_title->setAccessibleName(tr("No track"));
    m_title->setToolTip(tr("No track loaded"));
    m_cover->setPixmap(placeholderCover(this));
    m_cover->setToolTip(tr("No cover art"));
    m_time->setText(timeText(0, 0));
}

PlayerBar::~PlayerBar()
{
    // Tear the player down while every widget its signals touch still exists.
    m_player->disconnect(this);
    m_player->stop();
    m_player->setAudioOutput(nullptr);
    delete m_player;
    m_player = nullptr;
    delete m_audio;
    m_audio = nullptr;
}

void PlayerBar::play(const QString &mp3Path, const QString &title)
{
    const QFileInfo info(mp3Path);
    m_file = mp3Path;
    QString shownTitle = title.trimmed().isEmpty() ? info.completeBaseName() : title.trimmed();

    auto showTitle = [this](const QString &text) {
        elided(m_title)->setFullText(text);
        m_title->setToolTip(text);
        m_title->setAccessibleName(text.isEmpty() ? tr("No track") : tr("Now playing: %1").arg(text));
    };

    // The previous track's state goes; the no-device warning stays.
    showMessage(m_error, m_seek, m_time, idleMessageKind(), noDeviceText());
    {
        const QSignalBlocker blocker(m_seek);
        m_seek->setRange(0, 0);
        m_seek->setValue(0);
    }
    m_seek->setEnabled(false);
    m_time->setText(timeText(0, 0));

    if (!info.isFile()) {
        // Never hand a vanished file to the backend: its error would be cryptic.
        if (!m_player->source().isEmpty()) {
            m_player->stop();
            m_player->setSource(QUrl());
        }
        showTitle(shownTitle);
        m_cover->setPixmap(placeholderCover(this));
        m_cover->setToolTip(tr("No cover art"));
        m_playPause->setEnabled(false);
        const QString message = tr("The file “%1” no longer exists.").arg(info.fileName());
        showMessage(m_error, m_seek, m_time, MessageKind::Failure, message,
                    tr("The file “%1” no longer exists.").arg(QDir::toNativeSeparators(info.absoluteFilePath())));
        emit errorOccurred(message);
        return;
    }

    const TrackMetadata tag = Id3Tag::read(info.absoluteFilePath());
    if (!tag.title.trimmed().isEmpty())
        shownTitle = tag.title.trimmed();
    showTitle(shownTitle);

    QImage image;
    if (!tag.cover.isEmpty() && image.loadFromData(tag.cover) && !image.isNull()) {
        m_cover->setPixmap(coverPixmap(image, devicePixelRatioF()));
        m_cover->setToolTip(tr("Cover art"));
    } else {
        m_cover->setPixmap(placeholderCover(this));
        m_cover->setToolTip(tr("No cover art"));
    }

    m_playPause->setEnabled(true);
    m_player->setSource(QUrl::fromLocalFile(info.absoluteFilePath()));
    m_player->play();
}

void PlayerBar::togglePause()
{
    if (m_player->source().isEmpty())
        return;
    if (m_player->playbackState() == QMediaPlayer::PlayingState) {
        m_player->pause();
        return;
    }
    // Trying again after a playback error: let the backend report afresh.
    if (!m_error->isHidden() && elided(m_error)->fullText() != noDeviceText())
        showMessage(m_error, m_seek, m_time, idleMessageKind(), noDeviceText());
    m_player->play();
}

void PlayerBar::stop()
{
    m_player->stop();
    const QSignalBlocker blocker(m_seek);
    m_seek->setValue(0);
    m_time->setText(timeText(0, m_player->duration()));
}

QString PlayerBar::currentFile() const { return m_file; }

QString PlayerBar::errorText() const { return m_error->isHidden() ? QString() : elided(m_error)->fullText(); }

bool PlayerBar::isPlaying() const { return m_player->playbackState() == QMediaPlayer::PlayingState; }

void PlayerBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_error)
        updateErrorColour();
}

void PlayerBar::updateErrorColour()
{
    QPalette pal = m_error->palette();
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const QColor red = dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x1e, 0x1e);
    if (pal.color(QPalette::WindowText) == red)
        return;
    pal.setColor(QPalette::WindowText, red);
    m_error->setPalette(pal);
}

}  // namespace tunedrop
