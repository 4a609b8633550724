#pragma once

#include <QWidget>

class QAudioOutput;
class QLabel;
class QMediaPlayer;
class QSlider;
class QToolButton;

namespace tunedrop {

// A compact player for finished MP3s (Qt Multimedia): play/pause, seek slider,
// elapsed/total time, volume, title and cover (read from the MP3's ID3 tag). Playback errors
// (e.g. a missing GStreamer plugin, no audio device) are shown in plain words, never crash.
class PlayerBar : public QWidget {
    Q_OBJECT
public:
    explicit PlayerBar(QWidget *parent = nullptr);
    ~PlayerBar() override;

    // Loads and starts playing; `title` is shown until the tag is read.
    void play(const QString &mp3Path, const QString &title = QString());
    void togglePause();
    void stop();

    QString currentFile() const;
    QString errorText() const;  // empty when fine
    bool isPlaying() const;
    QMediaPlayer *player() const { return m_player; }

signals:
    void errorOccurred(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateErrorColour();  // readable red for the palette in use (light or dark theme)
    QMediaPlayer *m_player = nullptr;
    QAudioOutput *m_audio = nullptr;
    QToolButton *m_playPause = nullptr;
    QSlider *m_seek = nullptr;
    QSlider *m_volume = nullptr;
    QLabel *m_time = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_cover = nullptr;
    QLabel *m_error = nullptr;
    QString m_file;
};

}  // namespace tunedrop
