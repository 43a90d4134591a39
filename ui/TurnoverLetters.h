#pragma once

#include "Clock.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace bevilling {

class Database;

// The letters of the yearly turnover cycle as one PDF with one letter per licence: the request
// for the omsetningsoppgave (resources/letters/anmodning-omsetningsoppgave.html) and the reminder
// (purring-omsetningsoppgave.html) with its new deadline, the estimated fee and the prikker that
// a missing report gives. Needs a QGuiApplication for the PDF.
class TurnoverLetters
{
    Q_DECLARE_TR_FUNCTIONS(TurnoverLetters)
public:
    enum class Kind { Request, Reminder };

    static QString templateFile(Kind kind);
    // The merged letters (one per licence, a page break between them) sent on `sentOn`.
    static Result<QString> html(const Database &db, const Clock &clock, Kind kind, int year,
                                const QList<qint64> &licenceIds, const QDate &sentOn);
    // Writes the letters to `pdfPath` and records the request or reminder of every licence
    // (TurnoverRepository::recordRequests / recordReminders) on `sentOn`.
    static Status write(const Database &db, const Clock &clock, Kind kind, int year,
                        const QList<qint64> &licenceIds, const QDate &sentOn, const QString &pdfPath);
};

} // namespace bevilling
