#include "FolderOpener.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>

namespace tunedrop {

namespace {
const QString kService = QStringLiteral("org.freedesktop.FileManager1");
}

FolderOpener::FolderOpener(QObject *parent) : QObject(parent)
{
    m_showItems = [this](const QStringList &urls, std::function<void(bool)> done) { showItemsOverDBus(urls, std::move(done)); };
    m_openUrl = [](const QUrl &folder) { return QDesktopServices::openUrl(folder); };
}

void FolderOpener::show(const QStringList &files)
{
    if (files.isEmpty())
        return;
    QStringList urls;
    for (const QString &f : files)
        urls << QUrl::fromLocalFile(QFileInfo(f).absoluteFilePath()).toString();
    m_showItems(urls, [this, files](bool shown) {
        if (!shown)
            openFolders(files);
    });
}

void FolderOpener::openFolders(const QStringList &files)
{
    QStringList folders;
    for (const QString &f : files) {
        const QString folder = QFileInfo(f).absolutePath();
        if (!folders.contains(folder))
            folders << folder;
    }
    QStringList problems;
    for (const QString &folder : std::as_const(folders)) {
        if (!QFileInfo(folder).isDir())
            problems << tr("The folder %1 does not exist any more.").arg(QDir::toNativeSeparators(folder));
        else if (!m_openUrl(QUrl::fromLocalFile(folder)))
            problems << tr("No file manager could open %1. Open that folder yourself, or install a file manager.")
                            .arg(QDir::toNativeSeparators(folder));
    }
    if (!problems.isEmpty())
        emit failed(problems.join(QLatin1Char('\n')));
}

void FolderOpener::showItemsOverDBus(const QStringList &fileUrls, std::function<void(bool)> done)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    // Most desktops without a file manager have no such name at all: answer at once.
    QDBusConnectionInterface *names = bus.isConnected() ? bus.interface() : nullptr;
    if (!names || (!names->isServiceRegistered(kService)
                   && !names->activatableServiceNames().value().contains(kService))) {
        done(false);
        return;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(kService, QStringLiteral("/org/freedesktop/FileManager1"),
                                                       kService, QStringLiteral("ShowItems"));
    call << fileUrls << QString();  // no startup notification id
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call, 5000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [done = std::move(done)](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        done(!w->isError());
    });
}

}  // namespace tunedrop
