#include "CaseCommands.h"
#include "CommandSupport.h"

#include "LetterRenderer.h"
#include "cases/Case.h"
#include "cases/CaseJson.h"
#include "domain/Licence.h"
#include "letters/LetterTemplate.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <memory>
#include <optional>

namespace bevilling::cli {

namespace {

const QString kStatus = QStringLiteral("status");
const QString kType = QStringLiteral("type");
const QString kOpen = QStringLiteral("open");
const QString kJson = QStringLiteral("json");
const QString kCase = QStringLiteral("case");
const QString kOut = QStringLiteral("out");

QString statusKeys()
{
    QStringList keys;
    for (const CaseStatus status : CaseTexts::allStatuses())
        keys << CaseTexts::statusKey(status);
    return keys.join(QStringLiteral(", "));
}

QString typeKeys()
{
    QStringList keys;
    for (const CaseType type : CaseTexts::allTypes())
        keys << CaseTexts::typeKey(type);
    return keys.join(QStringLiteral(", "));
}

// Columns padded to their widest cell; the last one is not padded.
QString table(const QList<QStringList> &rows)
{
    QList<int> widths;
    for (const QStringList &row : rows) {
        for (int c = 0; c < row.size(); ++c) {
            if (widths.size() <= c)
                widths.append(0);
            widths[c] = std::max(widths.at(c), static_cast<int>(row.at(c).size()));
        }
    }
    QString text;
    for (const QStringList &row : rows) {
        QString line;
        for (int c = 0; c < row.size(); ++c)
            line += c + 1 < row.size() ? row.at(c).leftJustified(widths.at(c) + 2) : row.at(c);
        text += line.trimmed() + QLatin1Char('\n');
    }
    return text;
}

} // namespace

QList<CommandSpec> CaseCommands::commands()
{
    return {
        {QStringLiteral("cases"), tr("list the register's cases (applications and their decisions)"),
         tr("Lists the cases of the register. With --json the result is {\"cases\": [...]} with every case in "
            "the exchange format's case form (statements, attachments as metadata, events, decision, appeal); "
            "without it, a table for reading. The filters combine: a case is listed when it matches all of them."),
         {},
         {{kStatus, QStringLiteral("KEY"), tr("only cases in this status: %1").arg(statusKeys()), false},
          {kType, QStringLiteral("KEY"), tr("only cases of this type: %1").arg(typeKeys()), false},
          {kOpen, {}, tr("only open cases (not closed)"), false},
          {kJson, {}, tr("JSON on stdout instead of a table"), false}},
         &CaseCommands::runCases},
        {QStringLiteral("letter"), tr("write a decided case's decision letter (vedtaksbrev) as PDF"),
         tr("Writes the decision letter of the case as an A4 PDF: the register's letter template for a grant or a "
            "refusal (as edited under Letter templates, or the program's own), with the case's data merged in. "
            "The case must have a recorded decision. On stdout: a JSON summary."),
         {},
         {{kCase, QStringLiteral("ID|NUMBER"), tr("the case: its id or its case number (2026-0001)"), true},
          {kOut, QStringLiteral("FILE.pdf"), tr("where to write the letter"), true}},
         &CaseCommands::runLetter},
    };
}

bool CaseCommands::needsGuiApplication(const QStringList &arguments)
{
    for (const QString &argument : arguments) {
        if (argument == QLatin1String("--"))
            break;
        if (argument == QLatin1String("letter"))
            return true;
    }
    return false;
}

int CaseCommands::runCases(const Invocation &in)
{
    CaseQuery query;
    if (in.options.contains(kStatus)) {
        const QString key = in.options.value(kStatus);
        query.status = CaseTexts::statusFromKey(key);
        if (!query.status) {
            return Cli::fail(*in.err, ExitBadInput,
                             tr("--status: \"%1\" is not a case status; use one of %2.").arg(key, statusKeys()));
        }
    }
    if (in.options.contains(kType)) {
        const QString key = in.options.value(kType);
        query.type = CaseTexts::typeFromKey(key);
        if (!query.type)
            return Cli::fail(*in.err, ExitBadInput, tr("--type: \"%1\" is not a case type; use one of %2.").arg(key, typeKeys()));
    }
    query.openOnly = in.options.contains(kOpen);

    Result<std::unique_ptr<Database>> opened = openForReading(in.databasePath);
    if (!opened)
        return databaseProblem(in, opened.error());
    const std::unique_ptr<Database> db = std::move(opened).value();
    const SystemClock clock;
    const Result<QList<Case>> cases = CaseRepository(*db, clock).list(query);
    if (!cases)
        return Cli::fail(*in.err, ExitFailure, cases.error().toString());

    if (in.options.contains(kJson)) {
        QJsonArray list;
        for (const Case &c : *cases)
            list.append(CaseJson::toJson(c));
        QJsonObject result;
        result.insert(QStringLiteral("cases"), list);
        Cli::writeJson(*in.out, result);
        return ExitOk;
    }

    if (cases->isEmpty()) {
        in.out->write(QString(tr("No cases match.") + QLatin1Char('\n')).toUtf8());
        return ExitOk;
    }
    QList<QStringList> rows;
    rows.append({tr("Number"), tr("Status"), tr("Type"), tr("Received"), tr("Officer"), tr("Title")});
    for (const Case &c : *cases) {
        rows.append({c.number, CaseTexts::statusName(c.status), CaseTexts::typeName(c.type), formatDate(c.receivedOn),
                     c.assignedTo.isEmpty() ? QStringLiteral("-") : c.assignedTo, c.displayTitle()});
    }
    in.out->write(table(rows).toUtf8());
    return ExitOk;
}

int CaseCommands::runLetter(const Invocation &in)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Cli::fail(*in.err, ExitFailure, tr("letter: the program was started without its graphics support."));
    const QString caseText = in.options.value(kCase).trimmed();
    const QString target = QFileInfo(in.options.value(kOut)).absoluteFilePath();

    Result<std::unique_ptr<Database>> opened = openForReading(in.databasePath);
    if (!opened)
        return databaseProblem(in, opened.error());
    const std::unique_ptr<Database> db = std::move(opened).value();
    if (target == db->path())
        return Cli::fail(*in.err, ExitBadInput, tr("--out: %1 is the register itself.").arg(target));
    const SystemClock clock;
    const CaseRepository repository(*db, clock);

    // An id (digits) or a case number; digits that are no case's id may still be a number.
    static const QRegularExpression digits(QStringLiteral("^\\d{1,18}$"));
    std::optional<Case> found;
    if (digits.match(caseText).hasMatch()) {
        Result<Case> byId = repository.find(caseText.toLongLong());
        if (byId)
            found = std::move(byId).value();
        else if (byId.error().code != CaseRepository::ErrorNotFound)
            return Cli::fail(*in.err, ExitFailure, byId.error().toString());
    }
    if (!found) {
        Result<Case> byNumber = repository.findByNumber(caseText);
        if (byNumber)
            found = std::move(byNumber).value();
        else if (byNumber.error().code != CaseRepository::ErrorNotFound)
            return Cli::fail(*in.err, ExitFailure, byNumber.error().toString());
    }
    if (!found)
        return Cli::fail(*in.err, ExitBadInput, tr("--case: there is no case with id or number \"%1\".").arg(caseText));
    const std::optional<LetterKind> kind = LetterTemplate::kindFor(*found);
    if (!kind) {
        return Cli::fail(*in.err, ExitBadInput,
                         tr("--case: case %1 has no decision yet (status: %2); the decision letter is written once the "
                            "decision is recorded.")
                             .arg(found->number, CaseTexts::statusName(found->status)));
    }

    const Status rendered = LetterRenderer::renderCaseLetter(*db, clock, found->id, target);
    if (!rendered) {
        if (rendered.error().code == LetterRenderer::ErrorIo)
            return Cli::fail(*in.err, ExitFailure, QStringLiteral("--out: ") + rendered.error().message);
        return Cli::fail(*in.err, ExitFailure, rendered.error().toString());
    }

    QJsonObject result;
    result.insert(QStringLiteral("database"), db->path());
    result.insert(QStringLiteral("case"), found->number);
    result.insert(QStringLiteral("case_id"), found->id);
    result.insert(QStringLiteral("letter"), LetterTemplate::kindKey(*kind));
    result.insert(QStringLiteral("out"), target);
    Cli::writeJson(*in.out, result);
    return ExitOk;
}

} // namespace bevilling::cli
