#pragma once

namespace tunedrop::test {

// Set in the child: it already runs in a private keyring session.
inline constexpr char kKeyringSessionVar[] = "TUNEDROP_IN_KEYRING_SESSION";

// Re-runs this test binary inside a private D-Bus session with an unlocked gnome-keyring (its own
// HOME and XDG folders, so the user's keyring is never touched). Returns the child's exit status,
// or -1 when that is not possible (then the test runs in this process and skips keychain cases).
int runInKeyringSession(int argc, char **argv);

// True in the child started by runInKeyringSession().
bool inKeyringSession();

}  // namespace tunedrop::test
