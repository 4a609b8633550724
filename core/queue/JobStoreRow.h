#pragma once
// Private to JobStore*.cpp: how one row of the jobs table becomes a Job.
#ifndef TUNEDROP_JOBSTORE_INTERNAL
#error "JobStoreRow.h is private to core/queue/JobStore*.cpp"
#endif

#include "Job.h"

#include <QDateTime>
#include <QSqlRecord>
#include <QString>
#include <QVariant>

namespace tunedrop::jobstore {

QString dateText(const QDateTime &t);  // ISO 8601 UTC with ms: sorts as text
QDateTime dateFrom(const QVariant &v);
Job jobFromRecord(const QSqlRecord &r);

}  // namespace tunedrop::jobstore
