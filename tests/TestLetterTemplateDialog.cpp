#include "LetterTemplateDialog.h"
#include "TestUiSupport.h"
#include "letters/LetterTemplates.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <memory>

using namespace bevilling;

namespace {

template<typename T>
T *child(QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qWarning("no child %s", qPrintable(name));
    return found;
}

bool shown(QObject *parent, const QString &labelName)
{
    QLabel *label = child<QLabel>(parent, labelName);
    return label && !label->isHidden() && !label->text().isEmpty();
}

// Types at the end of the editor, the way a person does.
void typeAtEnd(QWidget *dialog, const QString &text)
{
    auto *editor = child<QPlainTextEdit>(dialog, QStringLiteral("templatePlainTextEdit"));
    QVERIFY(editor);
    editor->setFocus();
    editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor, text);
}

// Deletes the last `times` characters with the backspace key.
void backspace(QWidget *dialog, int times)
{
    auto *editor = child<QPlainTextEdit>(dialog, QStringLiteral("templatePlainTextEdit"));
    QVERIFY(editor);
    editor->setFocus();
    editor->moveCursor(QTextCursor::End);
    for (int i = 0; i < times; ++i)
        QTest::keyClick(editor, Qt::Key_Backspace);
}

int templateAudits(const Database &db)
{
    int count = 0;
    const Result<QList<AuditEntry>> entries = AuditLog::all(db.connection());
    for (const AuditEntry &e : *entries)
        count += e.entity == LetterTemplates::AuditEntity && e.after.contains(QStringLiteral("letter_template.grant")) ? 1 : 0;
    return count;
}

} // namespace

class TestLetterTemplateDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsTheShippedTemplateWithAPreview();
    void unknownPlaceholderShowsInlineErrorAndBlocksSave();
    void insertFieldAtTheCursor();
    void saveStoresTheTemplate();
    void resetToDefault();
    void editsOfBothLettersAreKept();
    void readOnlyRegister();

private:
    QString path() const { return QDir(m_dir->path()).filePath(QStringLiteral("register.sqlite")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 4), QTime(9, 30), Qt::UTC)};
};

void TestLetterTemplateDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    Result<std::unique_ptr<Database>> db = Database::open(path());
    QVERIFY2(db.ok(), qPrintable(db.error().toString()));
    m_db = std::move(db).value();
}

void TestLetterTemplateDialog::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestLetterTemplateDialog::showsTheShippedTemplateWithAPreview()
{
    LetterTemplateDialog dialog(*m_db, m_clock, nullptr);
    dialog.show();
    auto *editor = child<QPlainTextEdit>(&dialog, QStringLiteral("templatePlainTextEdit"));
    QVERIFY(editor);
    QCOMPARE(editor->toPlainText(), LetterTemplate::shipped(LetterKind::Grant));
    QCOMPARE(dialog.currentKind(), LetterKind::Grant);
    const QString preview = child<QTextBrowser>(&dialog, QStringLiteral("previewTextBrowser"))->toPlainText();
    QVERIFY2(preview.contains(QStringLiteral("Fjordkroa AS")), qPrintable(preview));
    QVERIFY(preview.contains(QStringLiteral("Bærum kommune")));
    QVERIFY(preview.contains(QStringLiteral("Statsforvalteren")));
    QVERIFY(!preview.contains(QStringLiteral("{{")));
    QVERIFY(!shown(&dialog, QStringLiteral("templateErrorLabel")));
    // Nothing changed yet: nothing to save, nothing to reset.
    QVERIFY(!child<QPushButton>(&dialog, QStringLiteral("saveButton"))->isEnabled());
    QVERIFY(!child<QPushButton>(&dialog, QStringLiteral("resetButton"))->isEnabled());
    QCOMPARE(child<QListWidget>(&dialog, QStringLiteral("fieldsListWidget"))->count(),
             static_cast<int>(LetterTemplate::allFields().size()));

    auto *kind = child<QComboBox>(&dialog, QStringLiteral("letterKindComboBox"));
    kind->setCurrentIndex(1);
    QCOMPARE(dialog.currentKind(), LetterKind::Refusal);
    QCOMPARE(editor->toPlainText(), LetterTemplate::shipped(LetterKind::Refusal));
    QVERIFY(child<QTextBrowser>(&dialog, QStringLiteral("previewTextBrowser"))->toPlainText().contains(QStringLiteral("avslås")));
}

void TestLetterTemplateDialog::unknownPlaceholderShowsInlineErrorAndBlocksSave()
{
    LetterTemplateDialog dialog(*m_db, m_clock, nullptr);
    dialog.show();
    QVERIFY(test::activate(&dialog));
    auto *save = child<QPushButton>(&dialog, QStringLiteral("saveButton"));

    typeAtEnd(&dialog, QStringLiteral("<p>{{kommmune}}</p>"));
    QVERIFY(shown(&dialog, QStringLiteral("templateErrorLabel")));
    const QString error = child<QLabel>(&dialog, QStringLiteral("templateErrorLabel"))->text();
    QVERIFY2(error.contains(QStringLiteral("{{kommmune}}")), qPrintable(error));
    QVERIFY(!save->isEnabled());
    // The preview shows the mistyped field as written.
    QVERIFY(child<QTextBrowser>(&dialog, QStringLiteral("previewTextBrowser"))->toPlainText().contains(QStringLiteral("{{kommmune}}")));
    // Save through its slot anyway: refused, nothing stored.
    dialog.save();
    QVERIFY(dialog.isVisible());
    QCOMPARE(*LetterTemplates(*m_db, m_clock).isCustomised(LetterKind::Grant), false);

    // Fixing it removes the error: "{{kommmune}}</p>" -> "{{kommune}}</p>".
    backspace(&dialog, 10);
    typeAtEnd(&dialog, QStringLiteral("une}}</p>"));
    QVERIFY(dialog.templateText(LetterKind::Grant).endsWith(QStringLiteral("<p>{{kommune}}</p>")));
    QVERIFY(!shown(&dialog, QStringLiteral("templateErrorLabel")));
    QVERIFY(save->isEnabled());

    // A "{{" that is never closed is named too.
    typeAtEnd(&dialog, QStringLiteral("{{dato"));
    QVERIFY(shown(&dialog, QStringLiteral("templateErrorLabel")));
    QVERIFY(child<QLabel>(&dialog, QStringLiteral("templateErrorLabel"))->text().contains(QStringLiteral("{{dato")));
    QVERIFY(!save->isEnabled());
}

void TestLetterTemplateDialog::insertFieldAtTheCursor()
{
    LetterTemplateDialog dialog(*m_db, m_clock, nullptr);
    dialog.show();
    QVERIFY(test::activate(&dialog));
    auto *editor = child<QPlainTextEdit>(&dialog, QStringLiteral("templatePlainTextEdit"));
    editor->selectAll();
    QTest::keyClick(editor, Qt::Key_Delete);
    QTest::keyClicks(editor, QStringLiteral("<p>Til </p>"));
    editor->moveCursor(QTextCursor::End);
    for (int i = 0; i < 4; ++i)
        editor->moveCursor(QTextCursor::Left);

    auto *fields = child<QListWidget>(&dialog, QStringLiteral("fieldsListWidget"));
    auto *insert = child<QPushButton>(&dialog, QStringLiteral("insertFieldButton"));
    QVERIFY(!insert->isEnabled());
    const QList<QListWidgetItem *> items = fields->findItems(QStringLiteral("{{bevillingshaver}}"), Qt::MatchStartsWith);
    QCOMPARE(items.size(), 1);
    fields->setCurrentItem(items.first());
    QVERIFY(insert->isEnabled());
    QTest::mouseClick(insert, Qt::LeftButton);
    QCOMPARE(editor->toPlainText(), QStringLiteral("<p>Til {{bevillingshaver}}</p>"));
    QVERIFY(child<QTextBrowser>(&dialog, QStringLiteral("previewTextBrowser"))->toPlainText().contains(QStringLiteral("Til Fjordkroa AS")));
}

void TestLetterTemplateDialog::saveStoresTheTemplate()
{
    LetterTemplateDialog dialog(*m_db, m_clock, nullptr);
    QSignalSpy saved(&dialog, &LetterTemplateDialog::templatesSaved);
    dialog.show();
    QVERIFY(test::activate(&dialog));
    typeAtEnd(&dialog, QStringLiteral("<p>Åpningstider: se {{vilkar}}.</p>"));
    auto *save = child<QPushButton>(&dialog, QStringLiteral("saveButton"));
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(saved.count(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const LetterTemplates templates(*m_db, m_clock);
    QCOMPARE(*templates.load(LetterKind::Grant),
             QString(LetterTemplate::shipped(LetterKind::Grant) + QStringLiteral("<p>Åpningstider: se {{vilkar}}.</p>")));
    QCOMPARE(*templates.isCustomised(LetterKind::Refusal), false);
    QCOMPARE(templateAudits(*m_db), 1);

    // A new dialog shows the register's own template.
    LetterTemplateDialog again(*m_db, m_clock, nullptr);
    QCOMPARE(again.templateText(LetterKind::Grant), *templates.load(LetterKind::Grant));
    QVERIFY(child<QPushButton>(&again, QStringLiteral("resetButton"))->isEnabled());
}

void TestLetterTemplateDialog::resetToDefault()
{
    LetterTemplates templates(*m_db, m_clock);
    QVERIFY(templates.save(LetterKind::Grant, QStringLiteral("<p>Eget brev til {{bevillingshaver}}</p>")).ok());
    LetterTemplateDialog dialog(*m_db, m_clock, nullptr);
    dialog.show();
    auto *editor = child<QPlainTextEdit>(&dialog, QStringLiteral("templatePlainTextEdit"));
    QCOMPARE(editor->toPlainText(), QStringLiteral("<p>Eget brev til {{bevillingshaver}}</p>"));
    auto *reset = child<QPushButton>(&dialog, QStringLiteral("resetButton"));
    QVERIFY(reset->isEnabled());
    QTest::mouseClick(reset, Qt::LeftButton);
    QCOMPARE(editor->toPlainText(), LetterTemplate::shipped(LetterKind::Grant));
    QVERIFY(!reset->isEnabled());
    // Not stored until saved; the reset can be undone.
    QCOMPARE(*templates.isCustomised(LetterKind::Grant), true);
    editor->undo();
    QCOMPARE(editor->toPlainText(), QStringLiteral("<p>Eget brev til {{bevillingshaver}}</p>"));
    QTest::mouseClick(reset, Qt::LeftButton);

    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("saveButton")), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(*templates.isCustomised(LetterKind::Grant), false);
    QCOMPARE(*templates.load(LetterKind::Grant), LetterTemplate::shipped(LetterKind::Grant));
    QCOMPARE(templateAudits(*m_db), 2);
}

void TestLetterTemplateDialog::editsOfBothLettersAreKept()
{
    LetterTemplateDialog dialog(*m_db, m_clock, nullptr);
    dialog.show();
    QVERIFY(test::activate(&dialog));
    typeAtEnd(&dialog, QStringLiteral("<p>A</p>"));
    dialog.setCurrentKind(LetterKind::Refusal);
    typeAtEnd(&dialog, QStringLiteral("<p>{{grunn}}</p>"));
    auto *save = child<QPushButton>(&dialog, QStringLiteral("saveButton"));
    QVERIFY(!save->isEnabled());
    dialog.setCurrentKind(LetterKind::Grant);
    QVERIFY(dialog.templateText(LetterKind::Grant).endsWith(QStringLiteral("<p>A</p>")));
    // This letter is fine; the message says the other one holds Save back.
    QVERIFY(!shown(&dialog, QStringLiteral("templateErrorLabel")));
    QVERIFY(shown(&dialog, QStringLiteral("saveErrorLabel")));
    QVERIFY(!save->isEnabled());

    dialog.setCurrentKind(LetterKind::Refusal);
    QVERIFY(shown(&dialog, QStringLiteral("templateErrorLabel")));
    backspace(&dialog, 15); // "{{grunn}}</p>" and "<p"
    typeAtEnd(&dialog, QStringLiteral("p>{{begrunnelse}}</p>"));
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    const LetterTemplates templates(*m_db, m_clock);
    QVERIFY(templates.load(LetterKind::Grant)->endsWith(QStringLiteral("<p>A</p>")));
    QVERIFY(templates.load(LetterKind::Refusal)->endsWith(QStringLiteral("<p>{{begrunnelse}}</p>")));
}

void TestLetterTemplateDialog::readOnlyRegister()
{
    m_db.reset();
    Database::Options options;
    options.access = Database::Access::ReadOnly;
    options.createIfMissing = false;
    Result<std::unique_ptr<Database>> db = Database::open(path(), options);
    QVERIFY(db.ok());
    m_db = std::move(db).value();
    LetterTemplateDialog dialog(*m_db, m_clock, nullptr);
    dialog.show();
    QVERIFY(child<QPlainTextEdit>(&dialog, QStringLiteral("templatePlainTextEdit"))->isReadOnly());
    QVERIFY(!child<QPushButton>(&dialog, QStringLiteral("saveButton"))->isEnabled());
    QVERIFY(!child<QPushButton>(&dialog, QStringLiteral("resetButton"))->isEnabled());
    QVERIFY(child<QLabel>(&dialog, QStringLiteral("templateStateLabel"))->text().contains(QStringLiteral("read-only")));
}

QTEST_MAIN(TestLetterTemplateDialog)
#include "TestLetterTemplateDialog.moc"
