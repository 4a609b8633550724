#pragma once

#include <QObject>
#include <QStringList>
#include <QUrl>

#include <functional>

namespace tunedrop {

// Show in Folder: asks the file manager to open the folders with the files selected
// (org.freedesktop.FileManager1.ShowItems on the session bus). Without one (no session bus, no
// such service, an error reply) it opens each folder through QDesktopServices instead, and when
// that fails too, failed() says why. Both steps are injectable so tests can make them fail.
class FolderOpener : public QObject {
    Q_OBJECT
public:
    // Asks the file manager; calls done(true) when it took the request, done(false) otherwise
    // (now or later, from the event loop).
    using ShowItems = std::function<void(const QStringList &fileUrls, std::function<void(bool)> done)>;
    using OpenUrl = std::function<bool(const QUrl &folder)>;

    explicit FolderOpener(QObject *parent = nullptr);

    void setShowItems(ShowItems showItems) { m_showItems = std::move(showItems); }
    void setOpenUrl(OpenUrl openUrl) { m_openUrl = std::move(openUrl); }

    void show(const QStringList &files);

signals:
    void failed(const QString &why);

private:
    void openFolders(const QStringList &files);
    void showItemsOverDBus(const QStringList &fileUrls, std::function<void(bool)> done);

    ShowItems m_showItems;
    OpenUrl m_openUrl;
};

}  // namespace tunedrop
