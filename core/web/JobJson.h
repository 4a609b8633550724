#pragma once

#include <QJsonObject>

namespace tunedrop {

struct Job;

// A job as the JSON API shows it (docs/API.md): id, url, title, state, progress (0-100),
// error, and the rest of what a client needs to draw the queue.
QJsonObject jobToJson(const Job &job);

}  // namespace tunedrop
