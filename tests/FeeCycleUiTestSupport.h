#pragma once

// The set-up the fee-cycle UI tests share (TestFeesWidget, TestTurnoverWidget, TestUiFeeCycle,
// TestTurnoverImportDialog): settings and data in a temporary folder with English texts, a new
// register file for every test function, licences and received turnover reports in it, the
// widget under test shown and active, and what cleanup() closes. A test class derives from
// QObject and from FeeCycleUiFixture.

#include "Clock.h"
#include "Localization.h"
#include "MessageBox.h"
#include "TestSupport.h"
#include "TestUiSupport.h"
#include "storage/Database.h"
#include "storage/LicenceRepository.h"
#include "storage/TurnoverRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QSize>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace bevilling::test {

class FeeCycleUiFixture
{
protected:
    // The clock stands at noon (UTC) on `today`.
    explicit FeeCycleUiFixture(const QDate &today)
        : m_clock(QDateTime(today, QTime(12, 0), Qt::UTC))
    {
    }

    // For initTestCase(): false when the temporary folder could not be made.
    bool setUpApplication()
    {
        if (!m_dir.isValid())
            return false;
        useTemporaryLocations(m_dir);
        Localization::install(*QCoreApplication::instance(), QStringLiteral("en"),
                              {QStringLiteral("core"), QStringLiteral("ui")});
        return true;
    }

    // For init(): m_db is a new register `<name>-<n>.sqlite` seeded from the rule-set `preset`.
    bool openRegister(const QString &name, const QString &preset)
    {
        m_db = makeRegister(QDir(m_dir.path()).filePath(QStringLiteral("%1-%2.sqlite").arg(name).arg(++m_fileNumber)),
                            m_clock, preset);
        return m_db != nullptr;
    }

    // A serving licence `number` of `licensee` (the premises named by its first word); its id or 0.
    qint64 addLicence(const QString &number, const QString &licensee, const QString &orgNumber)
    {
        Licence licence = makeServingLicence(number);
        licence.licensee.name = licensee;
        licence.licensee.orgNumber = orgNumber;
        licence.premises.name = licensee.section(QLatin1Char(' '), 0, 0);
        const Result<Licence> created = LicenceRepository(*m_db, m_clock).create(licence);
        if (!created)
            qWarning("%s", qPrintable(created.error().toString()));
        return created ? created->id : 0;
    }

    // A received report for `year` (through the repository) with `actual` and `expected` litres of group 1.
    bool addReport(qint64 licenceId, int year, const QDate &receivedOn, double actual, double expected,
                   bool auditorConfirmed = false)
    {
        TurnoverReport report;
        report.licenceId = licenceId;
        report.year = year;
        report.receivedOn = receivedOn;
        GroupLitres a;
        a.group[0] = actual;
        GroupLitres e;
        e.group[0] = expected;
        report.actual = a;
        report.expected = e;
        report.auditorConfirmed = auditorConfirmed;
        const Result<TurnoverReport> saved = TurnoverRepository(*m_db, m_clock).save(report);
        if (!saved)
            qWarning("%s", qPrintable(saved.error().toString()));
        return saved.ok();
    }

    // For init(): `widget` is a new Widget(m_clock) of `size` on m_db (writable), shown and active.
    template<typename Widget>
    bool showWidget(std::unique_ptr<Widget> &widget, const QSize &size)
    {
        widget = std::make_unique<Widget>(m_clock);
        widget->resize(size);
        widget->setDatabase(m_db.get(), false);
        widget->show();
        return activate(widget.get());
    }

    // For cleanup(): closes what the test left open, and the widget before its register.
    template<typename Widget>
    void closeWidget(std::unique_ptr<Widget> &widget)
    {
        closeDialogs();
        MessageBox::clearNextAnswers();
        widget.reset();
        m_db.reset();
    }

    QTemporaryDir m_dir;
    FixedClock m_clock;
    std::unique_ptr<Database> m_db;
    int m_fileNumber = 0;
};

} // namespace bevilling::test
