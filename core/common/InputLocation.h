#pragma once

#include <QString>

namespace tunedrop {

// The one rule for "does this input name a file on this computer or something remote?",
// shared by UrlClassifier (what the user typed) and the Transcoder (what it is asked to open).
// A scheme is "letters:" at the start; a Windows drive ("C:\x.mp3") and a host with a port
// ("host:8080/x") are not schemes. Without a scheme, or with file:, the input is local.
// UrlClassifier then guesses further for pasted text without a scheme ("example.com/a" is
// turned into an https link), so everything it hands on has an explicit answer here.
class InputLocation {
public:
    // The input's scheme in lower case ("https", "file"), or empty when it names none.
    static QString scheme(const QString &input);
    // No scheme, or file:.
    static bool isLocal(const QString &input);
};

}  // namespace tunedrop
