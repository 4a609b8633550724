#include "PlayerBar.h"

#include "transcode/Id3Tag.h"

#include <QAudioDevice>
#include <QAudioOutput>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
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

namespace tunedrop {

namespace {

constexpr int kCoverSize = 32;
constexpr int kDefaultVolume = 80;
constexpr qint64 kOneHourMs = 3600 * 1000;

// A one-line label that elides its text on the right to the width the layout gives it.
// The full text is kept (and shown as tooltip by the owner), so a long title never widens the bar.
class ElidedLabel : public QLabel {
public:
    explicit ElidedLabel(QWidget *parent) : QLabel(parent)
    {
        setTextFormat(Qt::PlainText);
        setWordWrap(false);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    }

    void setFullText(const QString &text)
    {
        m_fullText = text;
        updateGeometry();
        updateElided();
    }
    QString fullText() const { return m_fullText; }

    QSize sizeHint() const override
    {
        const QMargins m = contentsMargins();
        return {fontMetrics().horizontalAdvance(m_fullText) + m.left() + m.right() + 2 * margin(),
                QLabel::sizeHint().height()};
    }
    QSize minimumSizeHint() const override
    {
        const QMargins m = contentsMargins();
        return {fontMetrics().horizontalAdvance(QStringLiteral("M…")) + m.left() + m.right(),
                QLabel::minimumSizeHint().height()};
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QLabel::resizeEvent(event);
        updateElided();
    }
    void changeEvent(QEvent *event) override
    {
        QLabel::changeEvent(event);
        if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
            updateElided();
    }

private:
    void updateElided()
    {
        const QString shown = fontMetrics().elidedText(m_fullText, Qt::ElideRight, contentsRect().width());
        if (shown != text())
            QLabel::setText(shown);
    }

    QString m_fullText;
};

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

// Shown when the MP3 has no (readable) cover: a rounded tile with a note, in palette colours.
QPixmap placeholderCover(const QWidget *widget)
{
    const qreal dpr = widget->devicePixelRatioF();
    QPixmap pixmap(QSize(kCoverSize, kCoverSize) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = widget->palette();
    QPainterPath tile;
    tile.addRoundedRect(QRectF(0.5, 0.5, kCoverSize - 1, kCoverSize - 1), 4, 4);
    painter.fillPath(tile, pal.color(QPalette::Midlight));
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawPath(tile);
    QFont font = widget->font();
    font.setPixelSize(18);
    painter.setFont(font);
    painter.setPen(pal.color(QPalette::Dark));
    painter.drawText(QRectF(0, 0, kCoverSize, kCoverSize), Qt::AlignCenter, QStringLiteral("♪"));
    return pixmap;
}

// The cover scaled to fill the square thumbnail (centre-cropped), sharp on HiDPI screens.
QPixmap coverPixmap(const QImage &image, qreal dpr)
{
    const int side = qRound(kCoverSize * dpr);
    QImage scaled = image.scaled(side, side, Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation);
    scaled = scaled.copy((scaled.width() - side) / 2, (scaled.height() - side) / 2, side, side);
    QPixmap pixmap = QPixmap::fromImage(scaled);
    pixmap.setDevicePixelRatio(dpr);
    return pixmap;
}

ElidedLabel *elided(QLabel *label) { return static_cast<ElidedLabel *>(label); }

QString noDeviceText() { return PlayerBar::tr("No audio output device found."); }

// Shows `message` in the error label (empty hides it); the tooltip may carry more detail.
void showMessage(QLabel *errorLabel, const QString &message, const QString &toolTip = QString())
{
    elided(errorLabel)->setFullText(message);
    errorLabel->setToolTip(toolTip.isEmpty() ? message : toolTip);
    errorLabel->setAccessibleDescription(message);
    errorLabel->setVisible(!message.isEmpty());
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

    m_title = new ElidedLabel(this);
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setMinimumWidth(60);

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

    m_error = new ElidedLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setMinimumWidth(60);
    m_error->setAccessibleName(tr("Playback error"));
    {
        QPalette pal = m_error->palette();
        const bool dark = pal.color(QPalette::Window).lightness() < 128;
        pal.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xb4, 0x1c, 0x1c));
        m_error->setPalette(pal);
    }
    m_error->hide();

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(8);
    layout->addWidget(m_cover);
    layout->addWidget(m_title, 2);
    layout->addWidget(m_playPause);
    layout->addWidget(m_seek, 3);
    layout->addWidget(m_time);
    layout->addSpacing(4);
    layout->addWidget(volumeIcon);
    layout->addWidget(m_volume);
    layout->addWidget(m_error, 2);

    // Space toggles play/pause while the bar or one of its controls has focus.
    auto *space = new QShortcut(QKeySequence(Qt::Key_Space), this);
    space->setContext(Qt::WidgetWithChildrenShortcut);
    connect(space, &QShortcut::activated, this, &PlayerBar::togglePause);

    connect(m_playPause, &QToolButton::clicked, this, &PlayerBar::togglePause);

    auto updateTime = [this](qint64 position) {
        const qint64 duration = m_player->duration();
        const bool hours = duration >= kOneHourMs || position >= kOneHourMs;
        m_time->setText(tr("%1 / %2").arg(formatTime(position, hours), formatTime(duration, hours)));
    };

    // The slider follows playback unless the user holds it; a drag only updates the label and
    // seeks once on release; clicks on the groove, keys and the wheel seek at once.
    connect(m_player, &QMediaPlayer::positionChanged, this, [this, updateTime](qint64 position) {
        if (m_seek->isSliderDown())
            return;
        const QSignalBlocker blocker(m_seek);
        m_seek->setValue(int(position));
        updateTime(position);
    });
    connect(m_seek, &QSlider::valueChanged, this, [this, updateTime](int value) {
        if (!m_seek->isSliderDown())
            m_player->setPosition(value);
        updateTime(value);
    });
    connect(m_seek, &QSlider::sliderReleased, this, [this] { m_player->setPosition(m_seek->value()); });

    connect(m_player, &QMediaPlayer::durationChanged, this, [this, updateTime](qint64 duration) {
        m_seek->setRange(0, int(qMax<qint64>(0, duration)));
        m_seek->setEnabled(duration > 0 && m_player->isSeekable());
        const bool hours = duration >= kOneHourMs;
        // Wide enough for the longest text this track can show, so the slider does not jitter.
        QString widest = tr("%1 / %2").arg(formatTime(duration, hours), formatTime(duration, hours));
        for (QChar &c : widest) {
            if (c.isDigit())
                c = QLatin1Char('0');
        }
        m_time->setMinimumWidth(m_time->fontMetrics().horizontalAdvance(widest) + 2);
        updateTime(m_seek->isSliderDown() ? m_seek->value() : m_player->position());
    });
    connect(m_player, &QMediaPlayer::seekableChanged, this, [this](bool seekable) {
        m_seek->setEnabled(seekable && m_player->duration() > 0);
    });
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, [this, updateTime](QMediaPlayer::MediaStatus status) {
        if (status == QMediaPlayer::EndOfMedia && !m_seek->isSliderDown()) {
            const QSignalBlocker blocker(m_seek);
            m_seek->setValue(m_seek->maximum());
            updateTime(m_player->duration());
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
        m_audio->setVolume(float(value) / 100.0f);
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
        showMessage(m_error, message,
                    errorString.trimmed().isEmpty() || errorString == message
                        ? message
                        : tr("%1\nDetails: %2").arg(message, errorString));
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
        const QString noDevice = noDeviceText();
        if (outputs.isEmpty()) {
            if (m_error->isHidden())
                showMessage(m_error, noDevice);
            return;
        }
        if (!outputs.contains(m_audio->device()))
            m_audio->setDevice(QMediaDevices::defaultAudioOutput());
        if (elided(m_error)->fullText() == noDevice)
            showMessage(m_error, QString());
    };
    connect(devices, &QMediaDevices::audioOutputsChanged, this, checkDevices);
    checkDevices();

    elided(m_title)->setFullText(QString());
    m_title->setAccessibleName(tr("No track"));
    m_title->setToolTip(tr("No track loaded"));
    m_cover->setPixmap(placeholderCover(this));
    m_cover->setToolTip(tr("No cover art"));
    updateTime(0);
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
    QString shownTitle = title.trimmed().isEmpty() ? info.completeBaseName() : title;

    // Reset the previous track's state (and any error of it; the no-device warning stays).
    showMessage(m_error, QMediaDevices::audioOutputs().isEmpty() ? noDeviceText() : QString());

    auto showTitle = [this](const QString &text) {
        elided(m_title)->setFullText(text);
        m_title->setToolTip(text);
        m_title->setAccessibleName(text.isEmpty() ? tr("No track") : tr("Now playing: %1").arg(text));
    };

    if (!info.isFile()) {
        // Never hand a vanished file to the backend: its error would be cryptic.
        if (!m_player->source().isEmpty()) {
            m_player->stop();
            m_player->setSource(QUrl());
        }
        showTitle(shownTitle);
        m_cover->setPixmap(placeholderCover(this));
        m_cover->setToolTip(tr("No cover art"));
        m_seek->setRange(0, 0);
        m_seek->setEnabled(false);
        m_playPause->setEnabled(false);
        const QString message = tr("The file “%1” no longer exists.").arg(info.fileName());
        showMessage(m_error, message,
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

    {
        const QSignalBlocker blocker(m_seek);
        m_seek->setRange(0, 0);
        m_seek->setValue(0);
    }
    m_seek->setEnabled(false);
    m_time->setText(tr("%1 / %2").arg(formatTime(0, false), formatTime(0, false)));
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
        showMessage(m_error, QMediaDevices::audioOutputs().isEmpty() ? noDeviceText() : QString());
    m_player->play();
}

void PlayerBar::stop()
{
    m_player->stop();
    const QSignalBlocker blocker(m_seek);
    m_seek->setValue(0);
    const bool hours = m_player->duration() >= kOneHourMs;
    m_time->setText(tr("%1 / %2").arg(formatTime(0, hours), formatTime(m_player->duration(), hours)));
}

QString PlayerBar::currentFile() const { return m_file; }

QString PlayerBar::errorText() const { return m_error->isHidden() ? QString() : elided(m_error)->fullText(); }

bool PlayerBar::isPlaying() const { return m_player->playbackState() == QMediaPlayer::PlayingState; }

}  // namespace tunedrop
