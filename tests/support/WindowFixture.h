#pragma once

// A window on a fresh profile, finished jobs seeded in its job list (real files recorded as
// TuneDrop's, so nothing converts), and a way to answer a modal QMessageBox from inside its
// exec(). Shared by the window tests that drive JobActions (tst_firstrun, tst_showinfolder).
#include "CompositionRoot.h"
#include "JobActions.h"
#include "JobListModel.h"
#include "JobListView.h"
#include "MainWindow.h"
#include "library/FileIdentity.h"
#include "queue/JobStore.h"

#include <QtTest>
#include <QtWidgets>

#include <functional>
#include <memory>

namespace tunedrop::test {

struct WindowEnv {
std::unique_ptr<CompositionRoot> root;
std::unique_ptr<MainWindow> window;
JobActions *actions() const { return window->actions(); }
};

inline std::unique_ptr<WindowEnv> openWindow(const QString &profile, const QString &out, int retentionOverride = -1,
                                 QSize size = QSize(1000, 620))
{
    auto env = std::make_unique<WindowEnv>();
    CommandLineOptions options;
    options.profileDir = profile;
    options.outputDir = out;
    options.workers = 1;
    options.retentionHours = retentionOverride;
    env->root = std::make_unique<CompositionRoot>(options);
    if (!env->root->isReady())
        qFatal("%s", qPrintable(env->root->error()));
    env->window = std::make_unique<MainWindow>(*env->root);
    env->window->resize(size);
    env->window->show();
    if (!QTest::qWaitForWindowExposed(env->window.get()))
        qFatal("window not exposed");
    return env;
}

// Finished jobs in the profile's job list, each with a real file recorded as TuneDrop's.
inline QList<QUuid> seedFinished(const QString &profile, const QString &out, const QList<bool> &pinned,
                                 int queued = 0)
{
    QList<QUuid> ids;
    JobStore store(QDir(profile).filePath(QStringLiteral("jobs.db")));
    if (!store.open())
        qFatal("job store");
    int position = 0;
    auto base = [&](const QString &name) {
        Job j;
        j.id = QUuid::createUuid();
        j.input = QStringLiteral("https://example.org/") + name;
        j.key = j.input;
        j.title = name;
        j.outputDir = out;
        j.position = ++position;
        j.addedAt = QDateTime::currentDateTimeUtc().addSecs(-3600 + position);
        return j;
    };
    for (int i = 0; i < pinned.size(); ++i) {
        Job j = base(QStringLiteral("song %1").arg(i));
        j.outputPath = QDir(out).filePath(QStringLiteral("song %1.mp3").arg(i));
        QFile f(j.outputPath);
        if (!f.open(QIODevice::WriteOnly) || f.write(QByteArray(2048, 'm')) != 2048)
            qFatal("cannot write %s", qPrintable(j.outputPath));
        f.close();
        const FileIdentity identity = FileIdentity::of(j.outputPath);
        j.outputSize = identity.size;
        j.outputInode = identity.inode;
        j.outputModified = identity.modified;
        j.state = JobState::Done;
        j.progress = 1;
        j.finishedAt = QDateTime::currentDateTimeUtc().addSecs(-1800);  // well inside 8 h
        j.pinned = pinned[i];
        if (!store.save(j))
            qFatal("save");
        ids << j.id;
    }
    for (int i = 0; i < queued; ++i) {
        Job j = base(QStringLiteral("waiting %1").arg(i));
        j.state = JobState::Queued;
        j.retryAt = QDateTime::currentDateTimeUtc().addSecs(3600);  // keeps it from running here
        if (!store.save(j))
            qFatal("save");
        ids << j.id;
    }
    return ids;
}

inline void selectJob(MainWindow &w, const QUuid &id)
{
    w.selectJob(id);
    QCOMPARE(w.jobView()->currentIndex().data(JobListModel::JobIdRole).toUuid(), id);
}

inline QString expiresText(MainWindow &w, int row)
{
    return w.jobModel()->data(w.jobModel()->index(row, JobListModel::Expires)).toString();
}

// Answers the next modal message box from inside its exec(): `answer` gets the box and
// clicks one of its buttons. Returns whether a box appeared by the time `run` returned.
template <typename Run>
bool answerMessageBox(Run run, std::function<void(QMessageBox *)> answer)
{
    bool seen = false;
    QTimer poll;
    poll.setInterval(10);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            poll.stop();
            seen = true;
            answer(box);
        }
    });
    poll.start();
    run();
    poll.stop();
    return seen;
}

inline QString shownText(QMessageBox *box) { return box->text() + QLatin1Char('\n') + box->informativeText(); }

}  // namespace tunedrop::test
