#pragma once

#include "CommandLine.h"
#include "ServiceConfigs.h"
#include "SettingsReport.h"
#include "queue/JobStore.h"
#include "queue/QueuePurgeCandidates.h"
#include "settings/Profile.h"
#include "settings/Settings.h"

#include <functional>
#include <memory>

namespace tunedrop {
class CookieVault;
class RetentionPurger;
class SecretStore;
class WebAuth;
class WebServer;
}

namespace tunedrop {

// The composition root: builds the services once, in dependency order, from the profile, its
// settings and the command line (Profile -> Settings -> JobStore -> JobQueue -> RetentionPurger
// -> WebServer); the window, headless mode and --once are clients of the same queue. It alone
// maps settings to the services' configurations (ServiceConfigs) and decides what a settings
// change applies live (applySettings); the window only asks it.
class CompositionRoot {
public:
    explicit CompositionRoot(const CommandLineOptions &options);
    ~CompositionRoot();

    bool isReady() const { return m_ready; }
    QString error() const { return m_error; }    // why it is not ready
    // Problems worth telling at start-up: the job list was repaired, the cookies cannot be read.
    QString warning() const
    {
        return m_store.warning().isEmpty() ? m_signInWarning : m_store.warning();
    }

    const Profile &profile() const { return m_profile; }
    Settings &settings() { return m_settings; }
    JobQueue &queue() { return *m_queue; }
    QString outputDir() const { return m_outputDir; }
    // What the services run with now: the settings with this run's command-line overrides
    // (--workers, --output-dir, quality, --web*, --retention-hours, --cookies-from-browser).
    const ServiceConfigs &configs() const { return m_configs; }

    // The settings changed (the Settings dialog, the first-run question, a cookie import):
    // applies what can apply live (the queue's config, the purge's retention, the web server
    // started, restarted or stopped when its settings changed or it is not running as wanted,
    // the sign-in cookies read again) and reports what changed and how it applies.
    SettingsReport applySettings();

    // The embedded web server, when --web or the setting asks for it. Its failure (port in
    // use, LAN without the needed security) never takes the app down: webError() says why.
    WebServer *webServer() const { return m_web.get(); }
    QString webError() const { return m_webError; }
    // Where a browser opens it, best first: the LAN addresses when it listens on all of them
    // (WebAddresses), "http://127.0.0.1:8080/" when on this computer only; empty when stopped.
    QStringList webAddresses() const;
    QString webAddress() const;  // the first of them
    RetentionPurger &purger() { return *m_purger; }

    // Sign-in cookies for yt-dlp. The imported file lives in the keychain; the engine holds
    // a copy in memory for the runs. After an import, a forget or a change of the cookie
    // source, applySettings() reads it again and carries it to the queue.
    CookieVault &cookieVault();
    int effectiveRetentionHours() const { return m_configs.retentionHours; }
    // --retention-hours decides for this run (the settings and the first-run choice do not).
    bool retentionOverridden() const { return m_configs.retentionFromCommandLine; }

    // The ordered, asynchronous end of a session (the window closed, Quit, SIGINT/SIGTERM,
    // --once done): the web server stops taking links, the purge timer stops, the queue cancels
    // running jobs and records them as queued; `finished` runs from the event loop once the
    // workers are done or `boundMs` passed. The event loop (the window, the web server's open
    // connections) keeps running meanwhile. Calling it again only adds `finished`.
    void shutdownAsync(std::function<void()> finished, int boundMs = JobQueue::kShutdownBoundMs);
    bool isShuttingDown() const { return m_shuttingDown; }

private:
    CommandLineOptions m_options;
    Profile m_profile;
    Settings m_settings;
    JobStore m_store;
    std::unique_ptr<JobQueue> m_queue;
    std::unique_ptr<QueuePurgeCandidates> m_purgeJobs;  // the purge's seam onto m_queue
    std::unique_ptr<RetentionPurger> m_purger;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<WebAuth> m_auth;
    std::unique_ptr<WebServer> m_web;
    std::unique_ptr<SecretStore> m_cookieSecrets;
    std::unique_ptr<CookieVault> m_cookieVault;
    QByteArray m_cookieFile;
    QString m_signInWarning;
    QString m_webError;
    QString m_outputDir;
    ServiceConfigs m_configs;         // what the services were last configured with
    ServiceConfigs m_storedConfigs;   // the same without command-line overrides
    QString m_error;
    bool m_ready = false;
    bool m_shuttingDown = false;

    void reloadSignIn();
    void startWebServer();
    void stopWebServer();
    ServiceConfigs mapSettings(const CommandLineOptions &options) const;
};

}  // namespace tunedrop
