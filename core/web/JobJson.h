#pragma once

#include "WebText.h"

#include <QJsonObject>

namespace tunedrop {

struct Job;

// A job as the JSON API shows it (docs/API.md): id, url, title, state, progress (0-100),
// error, and the rest of what a client needs to draw the queue. `error` is written in the
// request's language (`words`) when TuneDrop wrote the message, and `errorLanguage` says which
// language it is in (another program's text, or a record from before messages were kept
// untranslated, stays as it was: the desktop's language).
QJsonObject jobToJson(const Job &job, const WebText &words = WebText());

}  // namespace tunedrop
