// The filter bar above the browser's table: what each control hides, how a qualifier typed in
// the search takes over from its combo, and what the bar remembers and says about itself.
#include "../support/TestMain.h"
#include "BrowserFilterBar.h"
#include "catalog/Catalog.h"
#include "catalog/EmbeddedReference.h"
#include "models/PortFilterProxyModel.h"
#include "models/PortTableModel.h"
#include "models/Roles.h"

#include <QCheckBox>
#include <QComboBox>
#include <QTest>

using namespace portolan;

class TestBrowserFilterBar : public QObject
{
    Q_OBJECT

private:
    Catalog m_catalog;
    PortTableModel m_model;

    // A proxy over the whole catalog with a bar on it, as the browser builds them.
    struct Bar
    {
        PortFilterProxyModel proxy;
        BrowserFilterBar bar;
        explicit Bar(QAbstractItemModel *model) : bar(&proxy) { proxy.setSourceModel(model); }
        QComboBox *combo(const char *name) const
        {
            return bar.findChild<QComboBox *>(QString::fromLatin1(name));
        }
        QCheckBox *studySetOnly() const
        {
            return bar.findChild<QCheckBox *>(QStringLiteral("studySetOnly"));
        }
        // The search as the browser hands it on: to the proxy first, then to the bar.
        void search(const QString &text)
        {
            proxy.setSearchText(text);
            bar.apply();
        }
        int shown() const { return proxy.rowCount(); }
    };

    int shownFor(const QString &search)
    {
        Bar b(&m_model);
        b.search(search);
        return b.shown();
    }

private slots:
    void initTestCase()
    {
        EmbeddedReference reference;
        QVERIFY2(reference.load(), qPrintable(reference.errorText()));
        m_catalog.setData(reference.protocols(), reference.registry());
        m_model.setCatalog(&m_catalog);
    }

    // Each combo hides what its qualifier in the search hides: the two ways of asking agree.
    void eachComboAsksWhatItsQualifierAsks_data()
    {
        QTest::addColumn<QString>("combo");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("qualifier");
        QTest::newRow("security") << "securityFilter" << QVariant(int(Security::Insecure))
                                  << "is:insecure";
        QTest::newRow("transport")
            << "transportFilter" << QVariant(int(Transport::Udp)) << "transport:udp";
        QTest::newRow("range") << "rangeFilter" << QVariant(int(RangeClass::System))
                               << "range:system";
        QTest::newRow("exam") << "examFilter" << QVariant(QStringLiteral("n10-009"))
                              << "exam:n10-009";
        QTest::newRow("category") << "categoryFilter" << QVariant(QStringLiteral("mail"))
                                  << "category:mail";
    }

    void eachComboAsksWhatItsQualifierAsks()
    {
        QFETCH(QString, combo);
        QFETCH(QVariant, value);
        QFETCH(QString, qualifier);
        Bar b(&m_model);
        const int all = b.shown();
        QComboBox *box = b.combo(qPrintable(combo));
        QVERIFY(box);
        const int index = box->findData(value);
        QVERIFY2(index > 0, qPrintable(value.toString()));
        box->setCurrentIndex(index);
        QVERIFY(b.shown() > 0);
        QVERIFY(b.shown() < all);
        QCOMPARE(b.shown(), shownFor(qualifier));
    }

    // Before the give-way rule: "Depends" in the combo and is:insecure in the search gave
    // 0 results and no reason. Now the search decides while it says so, and the combo shows
    // that it is set aside.
    void aTypedQualifierTakesOverFromItsCombo()
    {
        Bar b(&m_model);
        QComboBox *security = b.combo("securityFilter");
        security->setCurrentIndex(security->findData(int(Security::Depends)));
        const int depends = b.shown();
        b.search(QStringLiteral("is:insecure"));
        QVERIFY(!security->isEnabled());
        QCOMPARE(security->toolTip(), QStringLiteral("Set by the search (is:)"));
        QCOMPARE(b.shown(), shownFor(QStringLiteral("is:insecure")));
        QVERIFY(b.shown() > 0);
        // The other combos still filter.
        QVERIFY(b.combo("transportFilter")->isEnabled());
        // A search without the qualifier hands the choice back.
        b.search(QString());
        QVERIFY(security->isEnabled());
        QVERIFY(security->toolTip().isEmpty());
        QCOMPARE(b.shown(), depends);
    }

    void stateSurvivesARebuild()
    {
        Bar before(&m_model);
        before.combo("examFilter")->setCurrentIndex(2);
        before.combo("rangeFilter")->setCurrentIndex(1);
        before.studySetOnly()->setChecked(true);
        Bar after(&m_model);
        after.bar.restore(before.bar.state());
        QCOMPARE(after.combo("examFilter")->currentIndex(), 2);
        QCOMPARE(after.combo("rangeFilter")->currentIndex(), 1);
        QCOMPARE(after.combo("securityFilter")->currentIndex(), 0);
        QVERIFY(after.studySetOnly()->isChecked());
        QCOMPARE(after.shown(), before.shown());
    }

    // A state from another version (more or fewer exams) must not leave a combo empty.
    void aStateThatDoesNotFitMeansAll()
    {
        Bar b(&m_model);
        BrowserFilterBar::State state;
        state.security = 99;
        state.exam = -3;
        state.category = 1;
        b.bar.restore(state);
        QCOMPARE(b.combo("securityFilter")->currentIndex(), 0);
        QCOMPARE(b.combo("examFilter")->currentIndex(), 0);
        QCOMPARE(b.combo("categoryFilter")->currentIndex(), 1);
    }

    // What the results' "the filters hide them" line names, and the way out of it.
    void describedNamesWhatIsSetAndClearUndoesIt()
    {
        Bar b(&m_model);
        const int all = b.shown();
        QVERIFY(b.bar.described().isEmpty());
        QComboBox *security = b.combo("securityFilter");
        security->setCurrentIndex(security->findData(int(Security::Secure)));
        b.bar.setStudySetOnly(true);
        QCOMPARE(b.bar.described(), QStringList({QStringLiteral("Security: ✔ Secure"),
                                                 QStringLiteral("Study set only")}));
        QVERIFY(b.shown() < all);
        b.bar.clear();
        QVERIFY(b.bar.described().isEmpty());
        QVERIFY(!b.studySetOnly()->isChecked());
        QCOMPARE(b.shown(), all);
    }
};

PORTOLAN_TEST_MAIN(TestBrowserFilterBar)
#include "tst_browserfilterbar.moc"
