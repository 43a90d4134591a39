// "Uttalelsesoversikt": the statements of every open case by party, with the missing and
// overdue replies counted and filtered.

#include "StatementMatrixModel.h"
#include "StatementMatrixWidget.h"
#include "TestSupport.h"
#include "TestUiSupport.h"
#include "storage/CaseRepository.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QCheckBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace bevilling;
using State = StatementMatrixModel::CellState;
using Filter = StatementMatrixModel::Filter;

namespace {

const QDate Today(2026, 6, 1);

CaseStatement statement(StatementParty party, const QDate &deadline, const QDate &replied = {},
                        std::optional<StatementReply> reply = std::nullopt, const QString &name = {})
{
    CaseStatement s;
    s.party = party;
    s.partyName = name;
    s.requested = QDate(2026, 5, 1);
    s.deadline = deadline;
    s.replied = replied;
    s.reply = reply;
    return s;
}

Case makeCase(qint64 id, const QString &number, const QList<CaseStatement> &statements, CaseStatus status = CaseStatus::OutForStatements)
{
    Case c;
    c.id = id;
    c.number = number;
    c.status = status;
    c.receivedOn = QDate(2026, 4, 1);
    c.application = test::makeServingLicence(QString());
    c.statements = statements;
    return c;
}

// X: police 5 days overdue, the Tax Administration waiting, social services answered with
// remarks, two others (one waiting, one answered). Y: police answered. V: tax collector waiting.
// Z: no statements. W: closed, with an overdue statement.
QList<Case> cases()
{
    return {
        makeCase(1, QStringLiteral("2026-0003"),
                 {statement(StatementParty::Police, QDate(2026, 5, 27)),
                  statement(StatementParty::TaxAuthority, QDate(2026, 6, 10)),
                  statement(StatementParty::SocialServices, QDate(2026, 5, 20), QDate(2026, 5, 18), StatementReply::Remarks),
                  statement(StatementParty::Other, QDate(2026, 6, 5), {}, std::nullopt, QStringLiteral("Byantikvaren")),
                  statement(StatementParty::Other, QDate(2026, 5, 20), QDate(2026, 5, 15), StatementReply::NoRemarks,
                            QStringLiteral("Brannvesenet"))}),
        makeCase(2, QStringLiteral("2026-0001"),
                 {statement(StatementParty::Police, QDate(2026, 5, 20), QDate(2026, 5, 19), StatementReply::NoRemarks)},
                 CaseStatus::StatementsReceived),
        makeCase(3, QStringLiteral("2026-0002"), {statement(StatementParty::TaxCollector, QDate(2026, 6, 1))}),
        makeCase(4, QStringLiteral("2026-0004"), {}, CaseStatus::Received),
        makeCase(5, QStringLiteral("2026-0005"), {statement(StatementParty::Police, QDate(2026, 5, 1))}, CaseStatus::Closed),
    };
}

QList<qint64> caseIds(const StatementMatrixModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.caseIdAt(row);
    return ids;
}

} // namespace

class TestStatementMatrix : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void rowsAreOpenCasesWithStatements();
    void cells_data();
    void cells();
    void filtersAndCounts();
    void widgetReadsTheRegisterAndOpensCases();

private:
    QTemporaryDir m_dir;
};

void TestStatementMatrix::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::useTemporaryLocations(m_dir);
}

void TestStatementMatrix::rowsAreOpenCasesWithStatements()
{
    StatementMatrixModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCases(cases(), Today);
    QCOMPARE(model.columnCount(), 6);
    QCOMPARE(caseIds(model), (QList<qint64>{2, 3, 1})); // by case number
    QCOMPARE(model.headerData(StatementMatrixModel::PoliceColumn, Qt::Horizontal).toString(), QStringLiteral("Police"));
    QCOMPARE(model.headerData(StatementMatrixModel::TaxCollectorColumn, Qt::Horizontal).toString(), QStringLiteral("Tax collector"));
    QCOMPARE(model.headerData(StatementMatrixModel::OtherColumn, Qt::Horizontal).toString(), QStringLiteral("Others"));
    QVERIFY(model.index(0, StatementMatrixModel::CaseColumn).data().toString().startsWith(QStringLiteral("2026-0001 ")));
    QCOMPARE(model.index(2, 0).data(StatementMatrixModel::CaseIdRole).toLongLong(), 1);
    model.setCases({}, Today);
    QCOMPARE(model.rowCount(), 0);
}

void TestStatementMatrix::cells_data()
{
    QTest::addColumn<qint64>("caseId");
    QTest::addColumn<int>("column");
    QTest::addColumn<State>("state");
    QTest::addColumn<QString>("text");

    QTest::newRow("overdue shows the days over") << qint64(1) << int(StatementMatrixModel::PoliceColumn) << State::Overdue
                                                 << QStringLiteral("5 days overdue (deadline 27.05.2026)");
    QTest::newRow("waiting shows the deadline") << qint64(1) << int(StatementMatrixModel::TaxAuthorityColumn) << State::Waiting
                                                << QStringLiteral("Waiting, deadline 10.06.2026");
    QTest::newRow("not asked is empty") << qint64(1) << int(StatementMatrixModel::TaxCollectorColumn) << State::NotAsked
                                        << QString();
    QTest::newRow("answered shows the reply") << qint64(1) << int(StatementMatrixModel::SocialServicesColumn)
                                              << State::Answered << QStringLiteral("Remarks");
    QTest::newRow("others by name, most urgent state")
        << qint64(1) << int(StatementMatrixModel::OtherColumn) << State::Waiting
        << QStringLiteral("Byantikvaren: Waiting, deadline 05.06.2026\nBrannvesenet: No remarks");
    QTest::newRow("deadline today is not overdue") << qint64(3) << int(StatementMatrixModel::TaxCollectorColumn)
                                                   << State::Waiting << QStringLiteral("Waiting, deadline 01.06.2026");
    QTest::newRow("answered case") << qint64(2) << int(StatementMatrixModel::PoliceColumn) << State::Answered
                                   << QStringLiteral("No remarks");
}

void TestStatementMatrix::cells()
{
    QFETCH(qint64, caseId);
    QFETCH(int, column);
    QFETCH(State, state);
    QFETCH(QString, text);
    StatementMatrixModel model;
    model.setCases(cases(), Today);
    const int row = static_cast<int>(caseIds(model).indexOf(caseId));
    QVERIFY(row >= 0);
    QCOMPARE(model.stateAt(row, column), state);
    const QModelIndex index = model.index(row, column);
    QCOMPARE(index.data().toString(), text);
    QCOMPARE(index.data(StatementMatrixModel::StateRole).toInt(), int(state));
    const QVariant background = index.data(Qt::BackgroundRole);
    QCOMPARE(background.isValid(), state != State::NotAsked);
    if (state == State::Overdue) {
        const QColor colour = background.value<QBrush>().color();
        QVERIFY(colour.red() > colour.green() && colour.red() > colour.blue()); // red
    }
}

void TestStatementMatrix::filtersAndCounts()
{
    StatementMatrixModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCases(cases(), Today);
    // Missing: X's police, Tax Administration and Byantikvaren, V's tax collector; overdue: X's police.
    QCOMPARE(model.missingCount(), 4);
    QCOMPARE(model.overdueCount(), 1);
    model.setFilter(Filter::OnlyMissing);
    QCOMPARE(caseIds(model), (QList<qint64>{3, 1}));
    model.setFilter(Filter::OnlyOverdue);
    QCOMPARE(caseIds(model), QList<qint64>{1});
    QCOMPARE(model.missingCount(), 4); // the counts are over all open cases
    // A week later V's deadline has passed too.
    model.setCases(cases(), Today.addDays(7));
    QCOMPARE(caseIds(model), (QList<qint64>{3, 1}));
    QCOMPARE(model.overdueCount(), 3); // police, tax collector, Byantikvaren (the Tax Administration is due 10.06.)
    model.setFilter(Filter::All);
    QCOMPARE(model.rowCount(), 3);
}

void TestStatementMatrix::widgetReadsTheRegisterAndOpensCases()
{
    FixedClock clock(QDateTime(Today, QTime(12, 0), Qt::UTC));
    std::unique_ptr<Database> db = test::makeRegister(QDir(m_dir.path()).filePath(QStringLiteral("matrix.sqlite")), clock,
                                                      QStringLiteral("national"));
    QVERIFY(db);
    CaseRepository repository(*db, clock);
    QList<qint64> ids;
    for (Case c : cases()) {
        const bool close = c.status == CaseStatus::Closed;
        c.number.clear();
        const Result<Case> created = repository.create(c);
        QVERIFY2(created.ok(), qPrintable(created.error().toString()));
        ids << created->id;
        if (close)
            QVERIFY(repository.setStatus(created->id, CaseStatus::Closed, {}, CloseReason::Withdrawn).ok());
    }

    StatementMatrixWidget widget(clock);
    widget.resize(1000, 500);
    widget.setDatabase(db.get());
    widget.show();
    QVERIFY(test::activate(&widget));
    QCOMPARE(widget.model()->rowCount(), 3);
    auto *counts = widget.findChild<QLabel *>(QStringLiteral("statementCountsLabel"));
    QCOMPARE(counts->text(), QStringLiteral("Replies missing: 4 · overdue: 1 · cases shown: 3"));

    QTest::mouseClick(widget.findChild<QCheckBox *>(QStringLiteral("onlyOverdueCheckBox")), Qt::LeftButton);
    QCOMPARE(widget.model()->rowCount(), 1);
    QCOMPARE(counts->text(), QStringLiteral("Replies missing: 4 · overdue: 1 · cases shown: 1"));
    QCOMPARE(widget.model()->caseIdAt(0), ids.at(0));
    QTest::mouseClick(widget.findChild<QCheckBox *>(QStringLiteral("onlyOverdueCheckBox")), Qt::LeftButton);
    QTest::mouseClick(widget.findChild<QCheckBox *>(QStringLiteral("onlyMissingCheckBox")), Qt::LeftButton);
    QCOMPARE(widget.model()->rowCount(), 2);

    // Return and double-click open the case.
    QSignalSpy open(&widget, &StatementMatrixWidget::openCaseRequested);
    QTableView *table = widget.tableView();
    table->setFocus();
    table->setCurrentIndex(widget.model()->index(1, 0));
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.at(0).at(0).toLongLong(), widget.model()->caseIdAt(1));
    const QRect cell = table->visualRect(widget.model()->index(0, 1));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, cell.center());
    QCOMPARE(open.count(), 2);
    QCOMPARE(open.at(1).at(0).toLongLong(), widget.model()->caseIdAt(0));

    widget.setDatabase(nullptr);
    QCOMPARE(widget.model()->rowCount(), 0);
}

QTEST_MAIN(TestStatementMatrix)
#include "TestStatementMatrix.moc"
