// Issue 13 items 16 and 17 (theme): the job list's columns fit the window in every language
// (no horizontal scroll bar at 800×600, no cut titles in German), give way and come back as the
// window narrows and widens, keep what the user hid; the Settings dialog is as tall as the page
// on show; Light/Dark/System colour schemes, System following the desktop portal over a real
// private D-Bus session. Screenshots in build/tests/screenshots/.
#include "ElidedLabel.h"
#include "CompositionRoot.h"
#include "FocusFrameStyle.h"
#include "JobColumnLayout.h"
#include "JobListModel.h"
#include "JobListView.h"
#include "KeyringSession.h"
#include "MainWindow.h"
#include "Screenshot.h"
#include "SettingsDialog.h"
#include "SystemColorScheme.h"
#include "ThemeController.h"
#include "settings/Profile.h"
#include "settings/Settings.h"

#include <QtTest>
#include <QtWidgets>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVariant>

#include <cmath>
#include <memory>

using namespace tunedrop;

namespace {

// WCAG 2 contrast ratio of two colours.
double luminance(const QColor &c)
{
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}
double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// Stands in for xdg-desktop-portal's Settings interface on the private session bus (the real
// portal needs a desktop session). Lives on its own thread and connection, so the window's
// blocking Read() call is answered while the main thread waits.
class FakePortal : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.Settings")
public:
    explicit FakePortal(uint scheme) : m_scheme(scheme) {}
    void setScheme(uint scheme) { m_scheme = scheme; }

public slots:
    QDBusVariant Read(const QString &group, const QString &key)
    {
        if (group == QLatin1String("org.freedesktop.appearance") && key == QLatin1String("color-scheme"))
            return QDBusVariant(QVariant::fromValue(QDBusVariant(QVariant::fromValue(m_scheme.load()))));
        return QDBusVariant(QVariant());
    }

private:
    std::atomic<uint> m_scheme;
};

class PortalThread : public QThread {
public:
    explicit PortalThread(uint scheme) : m_scheme(scheme) {}
    ~PortalThread() override { quit(); wait(); }
    bool ready() { return m_ready.tryAcquire(1, 5000) && m_ok; }
    // Changes the answer and announces it, as the portal does when the user flips the switch.
    void announce(uint scheme)
    {
        QMetaObject::invokeMethod(m_portal, [this, scheme] {
            m_portal->setScheme(scheme);
            QDBusMessage signal = QDBusMessage::createSignal(QStringLiteral("/org/freedesktop/portal/desktop"),
                                                             QStringLiteral("org.freedesktop.portal.Settings"),
                                                             QStringLiteral("SettingChanged"));
            signal << QStringLiteral("org.freedesktop.appearance") << QStringLiteral("color-scheme")
                   << QVariant::fromValue(QDBusVariant(QVariant::fromValue(scheme)));
            QDBusConnection(QStringLiteral("fakeportal")).send(signal);
        }, Qt::BlockingQueuedConnection);
    }

protected:
    void run() override
    {
        FakePortal portal(m_scheme);
        m_portal = &portal;
        QDBusConnection bus = QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("fakeportal"));
        m_ok = bus.isConnected()
            && bus.registerObject(QStringLiteral("/org/freedesktop/portal/desktop"), &portal, QDBusConnection::ExportAllSlots)
            && bus.registerService(QStringLiteral("org.freedesktop.portal.Desktop"));
        m_ready.release();
        exec();
        bus.unregisterService(QStringLiteral("org.freedesktop.portal.Desktop"));
        QDBusConnection::disconnectFromBus(QStringLiteral("fakeportal"));
    }

private:
    uint m_scheme;
    FakePortal *m_portal = nullptr;
    QSemaphore m_ready;
    bool m_ok = false;
};

}  // namespace

class TestLayout : public QObject {
    Q_OBJECT

    struct Env {
        QTemporaryDir profile;
        QTemporaryDir out;
        std::unique_ptr<CompositionRoot> root;
        std::unique_ptr<MainWindow> window;
    };

    static std::unique_ptr<Env> makeWindow(QSize size, const QString &profileDir = {}, const QString &theme = {})
    {
        auto env = std::make_unique<Env>();
        CommandLineOptions options;
        options.profileDir = profileDir.isEmpty() ? env->profile.path() : profileDir;
        options.outputDir = env->out.path();
        env->root = std::make_unique<CompositionRoot>(options);
        if (!env->root->isReady())
            qFatal("%s", qPrintable(env->root->error()));
        env->root->queue().pause();  // rows stay as added: nothing is fetched
        if (!theme.isEmpty())
            env->root->settings().setTheme(theme);
        env->window = std::make_unique<MainWindow>(*env->root);
        env->window->resize(size);
        env->window->show();
        if (!QTest::qWaitForWindowExposed(env->window.get()))
            qFatal("window not exposed");
        return env;
    }

    static void addRows(Env &env)
    {
        QStringList links;
        for (int i = 1; i <= 6; ++i)
            links << QStringLiteral("https://example.com/music/track-%1.mp3").arg(i);
        links << QStringLiteral("https://www.youtube.com/watch?v=dQw4w9WgXcQ");
        env.window->addItems(links);
        QCoreApplication::processEvents();
    }

    // Nothing sideways: every visible column fits, and its title is not cut.
    static void verifyFits(MainWindow &w)
    {
        JobListView *view = w.jobView();
        QHeaderView *header = view->header();
        QCoreApplication::processEvents();
        int used = 0;
        for (int c = 0; c < JobListModel::ColumnCount; ++c)
            if (!header->isSectionHidden(c))
                used += header->sectionSize(c);
        QVERIFY2(used <= view->viewport()->width(),
                 qPrintable(QStringLiteral("columns %1 px in a %2 px list").arg(used).arg(view->viewport()->width())));
        QCOMPARE(view->horizontalScrollBar()->maximum(), 0);
        const QFontMetrics fm = header->fontMetrics();
        for (int c = 0; c < JobListModel::ColumnCount; ++c) {
            if (header->isSectionHidden(c))
                continue;
            const QString title = w.jobModel()->headerData(c, Qt::Horizontal).toString();
            QVERIFY2(fm.horizontalAdvance(title) + 8 <= header->sectionSize(c),
                     qPrintable(QStringLiteral("\"%1\" is cut: %2 px wide").arg(title).arg(header->sectionSize(c))));
            if (c == JobListModel::Title)
                continue;
            for (const QString &text : JobListModel::sampleTexts(c))
                QVERIFY2(view->fontMetrics().horizontalAdvance(text) <= header->sectionSize(c),
                         qPrintable(QStringLiteral("\"%1\" does not fit column \"%2\"").arg(text, title)));
        }
    }

    // The player's error line is worked out from the palette: it must follow a theme change.
    static void verifyErrorRedReadable(MainWindow &w)
    {
        auto *error = w.findChild<QLabel *>(QStringLiteral("error"));
        QVERIFY(error);
        const double ratio = contrast(error->palette().color(QPalette::WindowText), w.palette().color(QPalette::Window));
        QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("error red %1:1").arg(ratio, 0, 'f', 2)));
    }

private slots:
    void columnsFitEveryWindowSize_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        for (const char *l : {"", "de", "es", "fr"}) {
            const QString name = QString::fromLatin1(*l ? l : "en");
            QTest::newRow(qPrintable(name + QStringLiteral(" 800x600"))) << QString::fromLatin1(l) << QSize(800, 600);
            QTest::newRow(qPrintable(name + QStringLiteral(" 1600x1000"))) << QString::fromLatin1(l) << QSize(1600, 1000);
        }
    }
    void columnsFitEveryWindowSize()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        QTranslator translator;
        if (!language.isEmpty()) {
            QVERIFY(translator.load(QStringLiteral("tunedrop_") + language, QStringLiteral(":/i18n")));
            QCoreApplication::installTranslator(&translator);
        }
        auto env = makeWindow(size);
        addRows(*env);
        verifyFits(*env->window);
        QHeaderView *header = env->window->jobView()->header();
        if (size.width() >= 1600) {
            for (int c = 0; c < JobListModel::ColumnCount; ++c)
                QVERIFY2(!header->isSectionHidden(c), qPrintable(QString::number(c)));
        }
        // Every toolbar action stays on the bar (labelled when there is room), none in the » menu.
        auto *bar = env->window->findChild<QToolBar *>(QStringLiteral("jobsToolBar"));
        QVERIFY(bar);
        for (QAction *action : bar->actions()) {
            if (action->isSeparator())
                continue;
            QWidget *button = bar->widgetForAction(action);
            QVERIFY2(button && button->isVisible(), qPrintable(action->text() + QStringLiteral(" is in the overflow menu")));
        }
        if (size.width() >= 1600)
            QCOMPARE(bar->toolButtonStyle(), Qt::ToolButtonTextBesideIcon);
        // Nor is anything in the status bar cut (the queue is paused here: one label more).
        for (QWidget *w : env->window->statusBar()->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly)) {
            if (!w->isVisible() || qobject_cast<QSizeGrip *>(w))
                continue;
            QVERIFY2(w->width() >= w->minimumSizeHint().width(),
                     qPrintable(QStringLiteral("%1 squeezed").arg(QLatin1String(w->metaObject()->className()))));
            if (auto *label = qobject_cast<QLabel *>(w); label && !dynamic_cast<ElidedLabel *>(label))
                QVERIFY2(label->width() >= label->sizeHint().width(), qPrintable(label->text() + QStringLiteral(" is cut")));
        }
        // The columns a row cannot do without are always there.
        for (const int c : {JobListModel::Title, JobListModel::State, JobListModel::Progress})
            QVERIFY(!header->isSectionHidden(c));
        QVERIFY(header->sectionSize(JobListModel::Title) >= env->window->jobView()->fontMetrics().averageCharWidth() * 24);
        if (language.isEmpty() || language == QLatin1String("de"))
            QVERIFY(test::saveScreenshot(env->window.get(), QStringLiteral("layout-%1-%2x%3.png")
                                                                .arg(language.isEmpty() ? QStringLiteral("en") : language)
                                                                .arg(size.width()).arg(size.height())));
        QCoreApplication::removeTranslator(&translator);
    }

    void columnsGiveWayAndComeBack()
    {
        auto env = makeWindow(QSize(1600, 1000));
        QHeaderView *header = env->window->jobView()->header();
        for (int c = 0; c < JobListModel::ColumnCount; ++c)
            QVERIFY(!header->isSectionHidden(c));
        env->window->resize(640, 480);
        verifyFits(*env->window);
        QVERIFY(header->isSectionHidden(JobListModel::Site));  // the first to go
        QVERIFY(!header->isSectionHidden(JobListModel::State));
        env->window->resize(1600, 1000);
        QCoreApplication::processEvents();
        for (int c = 0; c < JobListModel::ColumnCount; ++c)
            QVERIFY2(!header->isSectionHidden(c), qPrintable(QString::number(c)));
        verifyFits(*env->window);
    }

    void userHiddenColumnsStayHiddenAcrossStarts()
    {
        QTemporaryDir profile;
        {
            auto env = makeWindow(QSize(1600, 1000), profile.path());
            auto *layout = env->window->findChild<JobColumnLayout *>();
            QVERIFY(layout);
            layout->setUserHidden(JobListModel::Speed, true);
            QVERIFY(env->window->jobView()->header()->isSectionHidden(JobListModel::Speed));
            env->window->resize(700, 500);  // hides more for room; those must not be saved as hidden
            QCoreApplication::processEvents();
            QVERIFY(env->window->jobView()->header()->isSectionHidden(JobListModel::Site));
            env->window->close();
        }
        auto env = makeWindow(QSize(1600, 1000), profile.path());
        QHeaderView *header = env->window->jobView()->header();
        QVERIFY(header->isSectionHidden(JobListModel::Speed));
        QVERIFY(!header->isSectionHidden(JobListModel::Site));
        QVERIFY(!header->isSectionHidden(JobListModel::Added));
        // A width saved narrower than the title (another language, an older version) is widened.
        auto *layout = env->window->findChild<JobColumnLayout *>();
        header->resizeSection(JobListModel::Expires, 10);
        const QByteArray narrow = layout->saveState();
        layout->restoreState(narrow, {});
        QVERIFY(header->sectionSize(JobListModel::Expires) >= layout->naturalWidth(JobListModel::Expires));
        QVERIFY(!header->isSectionHidden(JobListModel::Speed));
    }

    // The dialog is as tall as the page on show: never the tallest page's height everywhere.
    void settingsDialogFitsEachPage()
    {
        QTemporaryDir dir;
        Profile profile(dir.path());
        Settings settings(profile);
        settings.setOutputDir(dir.filePath(QStringLiteral("out")));
        SettingsDialog dialog(settings);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("tabs"));
        QVERIFY(tabs);
        QList<int> first, second;
        for (QList<int> *round : {&first, &second}) {
            for (int i = 0; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                QCoreApplication::processEvents();
                QWidget *page = tabs->currentWidget();
                // Nothing on the page is squeezed.
                QVERIFY2(page->height() >= page->minimumSizeHint().height(),
                         qPrintable(QStringLiteral("%1: %2 < %3").arg(page->objectName()).arg(page->height())
                                        .arg(page->minimumSizeHint().height())));
                *round << dialog.height();
            }
        }
        QCOMPARE(second, first);  // no growth from visiting other pages
        const auto [lowest, highest] = std::minmax_element(first.cbegin(), first.cend());
        QVERIFY2(*lowest + 40 < *highest, qPrintable(QStringLiteral("heights %1").arg(
                                              [&] { QStringList l; for (int h : first) l << QString::number(h); return l.join(QLatin1Char(' ')); }())));
        tabs->setCurrentIndex(int(lowest - first.cbegin()));
        QCoreApplication::processEvents();
        QCOMPARE(dialog.height(), *lowest);
        QVERIFY(test::saveScreenshot(&dialog, QStringLiteral("settings-shortest-page.png")));
        tabs->setCurrentIndex(int(highest - first.cbegin()));
        QCoreApplication::processEvents();
        QVERIFY(test::saveScreenshot(&dialog, QStringLiteral("settings-tallest-page.png")));
    }

    void darkPaletteIsReadable()
    {
        const QPalette p = ThemeController::darkPalette();
        QVERIFY(ThemeController::isDarkPalette(p));
        const std::pair<QPalette::ColorRole, QPalette::ColorRole> pairs[] = {
            {QPalette::WindowText, QPalette::Window}, {QPalette::Text, QPalette::Base},
            {QPalette::Text, QPalette::AlternateBase}, {QPalette::ButtonText, QPalette::Button},
            {QPalette::HighlightedText, QPalette::Highlight}, {QPalette::ToolTipText, QPalette::ToolTipBase},
            {QPalette::PlaceholderText, QPalette::Base}, {QPalette::Link, QPalette::Base},
        };
        for (const auto &[fg, bg] : pairs)
            QVERIFY2(contrast(p.color(QPalette::Active, fg), p.color(QPalette::Active, bg)) >= 4.5,
                     qPrintable(QStringLiteral("roles %1 on %2: %3:1").arg(fg).arg(bg)
                                    .arg(contrast(p.color(fg), p.color(bg)), 0, 'f', 2)));
        // Disabled text is dimmer than enabled text, yet still there.
        const double disabled = contrast(p.color(QPalette::Disabled, QPalette::Text), p.color(QPalette::Disabled, QPalette::Base));
        QVERIFY(disabled >= 2.0);
        QVERIFY(disabled < contrast(p.color(QPalette::Text), p.color(QPalette::Base)));
    }

    void lightAndDarkAreChosenAndUndone()
    {
        const QPalette platform = QApplication::palette();
        QVERIFY(!ThemeController::isDarkPalette(platform));  // offscreen Fusion starts light
        {
            ThemeController theme(nullptr);
            theme.setMode(ThemeController::Mode::Dark);
            QVERIFY(theme.isDark());
            QCOMPARE(QApplication::palette().color(QPalette::Window), ThemeController::darkPalette().color(QPalette::Window));
            auto *ring = qobject_cast<FocusFrameStyle *>(QApplication::style());
            QVERIFY(ring);  // the visible focus ring survives the change of style
            QCOMPARE(ring->baseStyle()->name().toLower(), QStringLiteral("fusion"));
            theme.setMode(ThemeController::Mode::Light);
            QVERIFY(!theme.isDark());
            theme.setMode(ThemeController::Mode::System);  // no portal: the platform's choice
            QVERIFY(!theme.isDark());
            theme.setMode(ThemeController::Mode::Dark);
        }
        QCOMPARE(QApplication::palette().color(QPalette::Window), platform.color(QPalette::Window));
        QCOMPARE(ThemeController::modeFromName(QStringLiteral("dark")), ThemeController::Mode::Dark);
        QCOMPARE(ThemeController::modeFromName(QStringLiteral("light")), ThemeController::Mode::Light);
        QCOMPARE(ThemeController::modeFromName(QStringLiteral("whatever")), ThemeController::Mode::System);
    }

    void windowFollowsTheSetting()
    {
        auto env = makeWindow(QSize(800, 600));
        addRows(*env);
        env->root->settings().setTheme(QStringLiteral("dark"));
        env->window->applySettings();  // what the Settings dialog's Apply leads to
        QVERIFY(ThemeController::isDarkPalette(QApplication::palette()));
        QCoreApplication::processEvents();
        QVERIFY(ThemeController::isDarkPalette(env->window->jobView()->palette()));
        verifyErrorRedReadable(*env->window);
        env.reset();  // the window's controller gives the platform's look back
        QVERIFY(!ThemeController::isDarkPalette(QApplication::palette()));

        // Started dark, as a user who chose it sees every start.
        env = makeWindow(QSize(800, 600), {}, QStringLiteral("dark"));
        addRows(*env);
        QCoreApplication::processEvents();
        QVERIFY(ThemeController::isDarkPalette(env->window->jobView()->palette()));
        verifyErrorRedReadable(*env->window);
        QVERIFY(test::saveScreenshot(env->window.get(), QStringLiteral("layout-dark-800x600.png")));
    }

    // System follows the desktop: the portal's answer at start, then its SettingChanged signal.
    void systemFollowsThePortal()
    {
        if (!test::inKeyringSession())
            QSKIP("needs a private D-Bus session (dbus-run-session); main() provides one when it can");
        PortalThread portal(1);  // prefer dark
        portal.start();
        QVERIFY(portal.ready());
        SystemColorScheme scheme;
        QCOMPARE(scheme.preference(), SystemColorScheme::PreferDark);
        ThemeController theme(&scheme);
        theme.setMode(ThemeController::Mode::System);
        QVERIFY(theme.isDark());

        QSignalSpy changed(&scheme, &SystemColorScheme::preferenceChanged);
        portal.announce(2);  // prefer light
        QVERIFY(changed.wait(5000));
        QCOMPARE(scheme.preference(), SystemColorScheme::PreferLight);
        QVERIFY(!theme.isDark());
        portal.announce(1);
        QVERIFY(changed.wait(5000));
        QVERIFY(theme.isDark());
        theme.setMode(ThemeController::Mode::Light);  // the user's choice wins over the desktop's
        QVERIFY(!theme.isDark());
    }

    void noPortalMeansNoPreference()
    {
        if (!test::inKeyringSession())
            QSKIP("needs a private D-Bus session");
        SystemColorScheme scheme;  // nobody owns org.freedesktop.portal.Desktop here
        QCOMPARE(scheme.preference(), SystemColorScheme::NoPreference);
    }
};

int main(int argc, char **argv)
{
    // The portal cases need a session bus of their own, never the user's.
    QApplication app(argc, argv);
    if (!qEnvironmentVariableIsSet(tunedrop::test::kKeyringSessionVar)) {
        const int code = tunedrop::test::runInKeyringSession(argc, argv);
        if (code >= 0)
            return code;
    }
    TestLayout test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_layout.moc"
