// The form for the user's own entries as a user meets it: each problem under its own field
// with OK disabled, keys made from the name and kept on edit, IANA conflicts as a note that
// blocks nothing, the entry in the catalog after a rebuild; the label dialog; and the Entry
// menu's actions following the browser's selection.
#include "../support/FirstStartDatabase.h"
#include "../support/TestMain.h"
#include "BrowserPage.h"
#include "CustomEntryActions.h"
#include "CustomEntryDialog.h"
#include "EntryLabelDialog.h"
#include "FieldMessage.h"
#include "catalog/EntryKey.h"
#include "custom/CustomEntryRepository.h"
#include "search/CatalogSearch.h"
#include "search/SearchQuery.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace portolan;
using Field = CustomEntryDialog::Field;

Q_DECLARE_METATYPE(portolan::CustomEntryValidator::Field)

namespace {

constexpr qint64 kNow = 1'700'000'000'000;

qint64 now()
{
    return kNow;
}

template <typename W> W *child(const QWidget &parent, const char *name)
{
    return parent.findChild<W *>(QLatin1String(name));
}

// Every field that may carry a problem, for "nothing else is complained about".
const QList<Field> kFields{Field::Key,         Field::Name,  Field::Abbreviation, Field::Ports,
                           Field::Counterpart, Field::Notes, Field::Tags};

CustomEntry kafka()
{
    CustomEntry e;
    e.key = QStringLiteral("custom-lab-kafka");
    e.name = QStringLiteral("Lab Kafka");
    e.ports = {{9092, 9092, Transport::Tcp}};
    e.security = Security::Insecure;
    e.tags = {QStringLiteral("lab")};
    return e;
}

// Row numbers of the catalog that a search finds, as entry keys.
QStringList keysFound(const Catalog &catalog, const QString &search)
{
    QStringList out;
    for (int row : searchCatalog(catalog, SearchQuery::parse(search)))
        out << entryKey(catalog, row);
    return out;
}

} // namespace

class TestCustomEntryDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<CustomEntryRepository> m_repo;

    std::unique_ptr<CustomEntryDialog> makeDialog(std::optional<CustomEntry> existing = {},
                                                  const QString &readOnly = {})
    {
        auto d = std::make_unique<CustomEntryDialog>(m_workspace->catalog(), *m_repo, readOnly, now,
                                                     std::move(existing));
        d->show();
        return d;
    }

    // A fresh workspace on the same file: what the window is rebuilt on.
    std::unique_ptr<Workspace> reopen()
    {
        m_repo.reset();
        m_workspace.reset();
        auto ws = std::make_unique<Workspace>();
        if (!ws->open(m_path))
            return {};
        return ws;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("PORTOLAN_NMAP_SERVICES", "");
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        static int n = 0;
        m_path = m_dir.filePath(QStringLiteral("custom-%1.sqlite").arg(++n));
        QVERIFY(portolan::testing::copyFirstStartDatabase(m_path));
        m_workspace = std::make_unique<Workspace>();
        QVERIFY2(m_workspace->open(m_path), qPrintable(m_workspace->errorMessage()));
        m_repo = std::make_unique<CustomEntryRepository>(m_workspace->database().connection());
    }

    void cleanup()
    {
        m_repo.reset();
        m_workspace.reset();
    }

    void emptyFormIsQuietButCannotBeSaved()
    {
        auto d = makeDialog();
        QVERIFY(QTest::qWaitForWindowExposed(d.get()));
        for (Field f : kFields)
            QCOMPARE(d->problem(f), QString());
        QVERIFY(!d->okButton()->isEnabled());
        QVERIFY(child<QLineEdit>(*d, "key")->isReadOnly());
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("ports");
        QTest::addColumn<QString>("tags");
        QTest::addColumn<QString>("notes");
        QTest::addColumn<QString>("counterpart");
        QTest::addColumn<Field>("field");
        QTest::addColumn<QString>("message"); // a substring of what is shown under the field
        QTest::addColumn<QString>("label");   // objectName of the line under the field

        const QString ok = QStringLiteral("Lab service");
        QTest::newRow("port 70000") << ok << "70000"
                                    << ""
                                    << ""
                                    << "" << Field::Ports << "Port: '70000' is outside 0–65535."
                                    << "portsProblem";
        QTest::newRow("range 20-10") << ok << "8080, 20-10"
                                     << ""
                                     << ""
                                     << "" << Field::Ports << "Port: '20-10' runs backwards"
                                     << "portsProblem";
        QTest::newRow("not a port") << ok << "http"
                                    << ""
                                    << ""
                                    << "" << Field::Ports << "Port: 'http' is not a port"
                                    << "portsProblem";
        QTest::newRow("bad transport") << ok << "53/icmp"
                                       << ""
                                       << ""
                                       << "" << Field::Ports << "Transport: must be tcp, udp"
                                       << "portsProblem";
        QTest::newRow("empty name") << ""
                                    << "8080"
                                    << ""
                                    << ""
                                    << "" << Field::Name << "Name: must not be empty."
                                    << "nameProblem";
        QTest::newRow("blank name") << "   "
                                    << "8080"
                                    << ""
                                    << ""
                                    << "" << Field::Name << "Name: must not be empty."
                                    << "nameProblem";
        QTest::newRow("300-char name")
            << QString(300, u'n') << "8080"
            << ""
            << ""
            << "" << Field::Name << "Name: at most 200 characters (this one has 300)."
            << "nameProblem";
        QTest::newRow("bidi override in name")
            << QStringLiteral("pay\u202Etxt.exe") << "8080"
            << ""
            << ""
            << "" << Field::Name
            << "Name: contains a control or text-direction character (U+202E at position 4)."
            << "nameProblem";
        QTest::newRow("control character in tag")
            << ok << "8080" << QStringLiteral("lab, e\u0007dge") << ""
            << "" << Field::Tags << "Tag: contains a control"
            << "tagsProblem";
        QTest::newRow("overlong tag") << ok << "8080" << QString(41, u't') << ""
                                      << "" << Field::Tags << "Tag: at most 40"
                                      << "tagsProblem";
        QTest::newRow("terminal escape in notes") << ok << "8080"
                                                  << "" << QStringLiteral("line\n\x1b[2J") << ""
                                                  << Field::Notes << "Notes: contain a control"
                                                  << "notesProblem";
        QTest::newRow("overlong notes")
            << ok << "8080"
            << "" << QString(10001, u'x') << "" << Field::Notes << "Notes: at most 10000"
            << "notesProblem";
        QTest::newRow("unknown counterpart")
            << ok << "8080"
            << ""
            << ""
            << "no-such-entry" << Field::Counterpart
            << "Counterpart: no entry has the key \"no-such-entry\"."
            << "counterpartProblem";
    }

    void badInput()
    {
        QFETCH(QString, name);
        QFETCH(QString, ports);
        QFETCH(QString, tags);
        QFETCH(QString, notes);
        QFETCH(QString, counterpart);
        QFETCH(Field, field);
        QFETCH(QString, message);
        QFETCH(QString, label);

        auto d = makeDialog();
        QVERIFY(QTest::qWaitForWindowExposed(d.get()));
        // Typed as a user would: the name key by key, then cleared where it is to be empty.
        QTest::keyClicks(child<QLineEdit>(*d, "name"), QStringLiteral("x"));
        child<QLineEdit>(*d, "name")->setText(name);
        child<QLineEdit>(*d, "ports")->setText(ports);
        child<QLineEdit>(*d, "tags")->setText(tags);
        child<QPlainTextEdit>(*d, "notes")->setPlainText(notes);
        child<QComboBox>(*d, "counterpart")->setCurrentText(counterpart);

        QVERIFY2(d->problem(field).contains(message), qPrintable(d->problem(field)));
        for (Field other : kFields) {
            if (other != field)
                QVERIFY2(d->problem(other).isEmpty(), qPrintable(d->problem(other)));
        }
        // Beside its field, with a symbol and not by colour alone.
        const auto *line = child<FieldMessage>(*d, label.toLatin1().constData());
        QVERIFY(line);
        QVERIFY(line->isVisible());
        QVERIFY(line->text().startsWith(QStringLiteral("\u26A0 ")));
        QVERIFY(line->text().contains(message));
        QVERIFY(line->palette().color(QPalette::WindowText) !=
                d->palette().color(QPalette::WindowText));
        QVERIFY(!d->okButton()->isEnabled());

        // Clicking the disabled OK writes nothing.
        QTest::mouseClick(d->okButton(), Qt::LeftButton);
        QVERIFY(!d->saved());
        QVERIFY(m_repo->entries().isEmpty());
    }

    void validEntryIsSavedAndInTheCatalogAfterARebuild()
    {
        auto d = makeDialog();
        QVERIFY(QTest::qWaitForWindowExposed(d.get()));
        QTest::keyClicks(child<QLineEdit>(*d, "name"), QStringLiteral("Internal API"));
        QCOMPARE(child<QLineEdit>(*d, "key")->text(), QStringLiteral("custom-internal-api"));
        QTest::keyClicks(child<QLineEdit>(*d, "abbreviation"), QStringLiteral("IAPI"));
        QTest::keyClicks(child<QLineEdit>(*d, "ports"), QStringLiteral("47811, 47900-47905/udp"));
        auto *security = child<QComboBox>(*d, "security");
        security->setCurrentIndex(security->findData(int(Security::Secure)));
        child<QComboBox>(*d, "counterpart")->setCurrentText(QStringLiteral("http"));
        QTest::keyClicks(child<QLineEdit>(*d, "tags"), QStringLiteral("lab, edge"));
        child<QPlainTextEdit>(*d, "notes")->setPlainText(QStringLiteral("Our gateway.\nSecond"));
        for (Field f : kFields)
            QVERIFY2(d->problem(f).isEmpty(), qPrintable(d->problem(f)));
        QVERIFY(d->okButton()->isEnabled());

        QTest::mouseClick(d->okButton(), Qt::LeftButton);
        QVERIFY(d->saved());
        QCOMPARE(d->result(), int(QDialog::Accepted));

        const QList<CustomEntry> saved = m_repo->entries();
        QCOMPARE(saved.size(), 1);
        const CustomEntry &e = saved.first();
        QCOMPARE(e.key, QStringLiteral("custom-internal-api"));
        QCOMPARE(e.name, QStringLiteral("Internal API"));
        QCOMPARE(e.abbreviation, QStringLiteral("IAPI"));
        QCOMPARE(e.ports, (QList<CustomPort>{{47811, 47811, Transport::Tcp},
                                             {47900, 47905, Transport::Udp}}));
        QCOMPARE(e.security, Security::Secure);
        QCOMPARE(e.counterpartKey, QStringLiteral("http"));
        QCOMPARE(e.notes, QStringLiteral("Our gateway.\nSecond"));
        QCOMPARE(e.tags, (QStringList{QStringLiteral("edge"), QStringLiteral("lab")}));

        d.reset();
        const auto ws = reopen();
        QVERIFY(ws);
        QCOMPARE(keysFound(ws->catalog(), QStringLiteral("is:custom")),
                 QStringList{QStringLiteral("custom-internal-api")});
        QVERIFY(keysFound(ws->catalog(), QStringLiteral("tag:edge"))
                    .contains(QStringLiteral("custom-internal-api")));
        QVERIFY(keysFound(ws->catalog(), QStringLiteral("47903"))
                    .contains(QStringLiteral("custom-internal-api")));
    }

    void keyIsMadeUniqueFromTheName()
    {
        QVERIFY(m_repo->add(kafka(), kNow));
        auto d = makeDialog();
        QTest::keyClicks(child<QLineEdit>(*d, "name"), QStringLiteral("Lab Kafka"));
        QCOMPARE(child<QLineEdit>(*d, "key")->text(), QStringLiteral("custom-lab-kafka-2"));
        QCOMPARE(d->problem(Field::Key), QString());
        // A name without a–z or 0–9 still gets a key.
        child<QLineEdit>(*d, "name")->setText(QStringLiteral("Кафка"));
        QCOMPARE(child<QLineEdit>(*d, "key")->text(), QStringLiteral("custom-entry"));
        QCOMPARE(d->problem(Field::Name), QString());
    }

    void duplicateKeyTakenMeanwhile()
    {
        auto d = makeDialog();
        QTest::keyClicks(child<QLineEdit>(*d, "name"), QStringLiteral("Lab Kafka"));
        QTest::keyClicks(child<QLineEdit>(*d, "ports"), QStringLiteral("9093"));
        QVERIFY(d->okButton()->isEnabled());
        // `portolan add` (or another window) takes the key while the form is open.
        QVERIFY(m_repo->add(kafka(), kNow));
        QTest::mouseClick(d->okButton(), Qt::LeftButton);
        QVERIFY(!d->saved());
        QVERIFY(d->isVisible());
        QVERIFY2(d->problem(Field::Key)
                     .contains(QStringLiteral("Key: \"custom-lab-kafka\" is already taken.")),
                 qPrintable(d->problem(Field::Key)));
        QVERIFY(child<FieldMessage>(*d, "keyProblem")->isVisible());
        QVERIFY(!d->okButton()->isEnabled());
        QCOMPARE(m_repo->entries().size(), 1);
        QCOMPARE(m_repo->entries().first().ports, kafka().ports);

        // Touching the name makes a free key again.
        QTest::keyClick(child<QLineEdit>(*d, "name"), Qt::Key_Backspace);
        QTest::keyClicks(child<QLineEdit>(*d, "name"), QStringLiteral("a"));
        QCOMPARE(child<QLineEdit>(*d, "key")->text(), QStringLiteral("custom-lab-kafka-2"));
        QVERIFY(d->okButton()->isEnabled());
    }

    void editingKeepsTheKey()
    {
        CustomEntry e = kafka();
        e.counterpartKey = QStringLiteral("https");
        e.notes = QStringLiteral("Broker");
        QVERIFY(m_repo->add(e, kNow));
        auto d = makeDialog(e);
        QVERIFY(QTest::qWaitForWindowExposed(d.get()));
        QCOMPARE(child<QLineEdit>(*d, "key")->text(), e.key);
        QCOMPARE(child<QLineEdit>(*d, "ports")->text(), QStringLiteral("9092"));
        QCOMPARE(child<QLineEdit>(*d, "tags")->text(), QStringLiteral("lab"));
        QCOMPARE(child<QComboBox>(*d, "counterpart")->currentText(), QStringLiteral("https"));
        QVERIFY(d->okButton()->isEnabled());
        // Its own key is not "taken".
        QCOMPARE(d->problem(Field::Key), QString());

        child<QLineEdit>(*d, "name")->setText(QStringLiteral("Renamed Broker"));
        child<QLineEdit>(*d, "ports")->setText(QStringLiteral("9092, 9093/udp"));
        QCOMPARE(child<QLineEdit>(*d, "key")->text(), e.key);
        QTest::mouseClick(d->okButton(), Qt::LeftButton);
        QVERIFY(d->saved());

        const QList<CustomEntry> saved = m_repo->entries();
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().key, e.key);
        QCOMPARE(saved.first().name, QStringLiteral("Renamed Broker"));
        QCOMPARE(saved.first().ports.size(), 2);
        QCOMPARE(saved.first().counterpartKey, QStringLiteral("https"));
        QCOMPARE(saved.first().notes, QStringLiteral("Broker"));
    }

    void ianaConflictIsANoteAndStillSaves()
    {
        auto d = makeDialog();
        QTest::keyClicks(child<QLineEdit>(*d, "name"), QStringLiteral("Internal API"));
        QTest::keyClicks(child<QLineEdit>(*d, "ports"), QStringLiteral("8443"));
        QVERIFY2(
            d->ianaNote().contains(QStringLiteral("8443/tcp is assigned by IANA to pcsync-https")),
            qPrintable(d->ianaNote()));
        const auto *note = child<FieldMessage>(*d, "ianaNote");
        QVERIFY(note->isVisible());
        QVERIFY(note->text().startsWith(QStringLiteral("\u2139 ")));
        QCOMPARE(d->problem(Field::Ports), QString());
        QVERIFY(d->okButton()->isEnabled());
        QTest::mouseClick(d->okButton(), Qt::LeftButton);
        QVERIFY(d->saved());
        QCOMPARE(m_repo->entries().size(), 1);

        // Ports nobody else has: no note.
        auto other = makeDialog();
        QTest::keyClicks(child<QLineEdit>(*other, "ports"), QStringLiteral("47811"));
        QCOMPARE(other->ianaNote(), QString());
        QVERIFY(!child<FieldMessage>(*other, "ianaNote")->isVisible());
    }

    void readOnlyDatabaseCannotSave()
    {
        auto d = makeDialog(std::nullopt, QStringLiteral("another Portolan is running"));
        QVERIFY(QTest::qWaitForWindowExposed(d.get()));
        const auto *banner = child<FieldMessage>(*d, "readOnlyMessage");
        QVERIFY(banner && banner->isVisible());
        QVERIFY(banner->text().contains(QStringLiteral("read-only")));
        QVERIFY(banner->text().contains(QStringLiteral("another Portolan is running")));
        QTest::keyClicks(child<QLineEdit>(*d, "name"), QStringLiteral("Internal API"));
        QTest::keyClicks(child<QLineEdit>(*d, "ports"), QStringLiteral("47811"));
        for (Field f : kFields)
            QCOMPARE(d->problem(f), QString());
        QVERIFY(!d->okButton()->isEnabled());
    }

    void labelDialog_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("problem");
        QTest::newRow("accepted") << "exam-trap"
                                  << "";
        QTest::newRow("too long") << QString(41, u'l') << "Label: at most 40 characters";
        QTest::newRow("bidi") << QStringLiteral("a\u202Eb") << "Label: contains a control";
        QTest::newRow("comma") << "a,b"
                               << "Label: must not contain a comma.";
        QTest::newRow("already there") << "lab"
                                       << "Label: the entry already has \"lab\".";
    }

    void labelDialog()
    {
        QFETCH(QString, label);
        QFETCH(QString, problem);
        QVERIFY(m_repo->addLabel(QStringLiteral("https"), QStringLiteral("lab")));
        EntryLabelDialog d(*m_repo, QStringLiteral("https"), QStringLiteral("HTTPS"), QString());
        d.show();
        QVERIFY(!d.okButton()->isEnabled());
        QCOMPARE(d.problem(), QString());
        d.field()->setText(label);
        if (!problem.isEmpty()) {
            QVERIFY2(d.problem().contains(problem), qPrintable(d.problem()));
            QVERIFY(child<FieldMessage>(d, "labelProblem")->isVisible());
            QVERIFY(!d.okButton()->isEnabled());
            return;
        }
        QCOMPARE(d.problem(), QString());
        QVERIFY(d.okButton()->isEnabled());
        QTest::mouseClick(d.okButton(), Qt::LeftButton);
        QVERIFY(d.saved());
        QCOMPARE(m_repo->labels(QStringLiteral("https")),
                 (QStringList{QStringLiteral("exam-trap"), QStringLiteral("lab")}));
    }

    void menuFollowsTheSelection()
    {
        QVERIFY(m_repo->add(kafka(), kNow));
        const auto ws = reopen();
        QVERIFY(ws);
        QWidget window;
        auto *browser = new BrowserPage(ws->catalog(), nullptr, false, &window);
        CustomEntryActions actions(*ws, browser, &window);
        QVERIFY(actions.newAction()->isEnabled());
        QCOMPARE(actions.newAction()->shortcut(), QKeySequence(QKeySequence::New));

        QVERIFY(browser->selectProtocol(QStringLiteral("https")));
        QVERIFY(!actions.editAction()->isEnabled());
        QVERIFY(!actions.deleteAction()->isEnabled());
        QVERIFY(actions.labelAction()->isEnabled());

        QVERIFY(browser->selectProtocol(QStringLiteral("custom-lab-kafka")));
        QVERIFY(actions.editAction()->isEnabled());
        QVERIFY(actions.deleteAction()->isEnabled());
        QVERIFY(actions.labelAction()->isEnabled());
    }
};

PORTOLAN_TEST_MAIN(TestCustomEntryDialog)
#include "tst_customentrydialog.moc"
