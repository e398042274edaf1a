#include "CustomEntryDialog.h"

#include "FieldMessage.h"
#include "Theme.h"
#include "catalog/Catalog.h"
#include "custom/CustomCatalog.h"
#include "custom/CustomEntryRepository.h"
#include "custom/CustomPortParser.h"
#include "models/PortTableModel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace portolan {

namespace {

constexpr int kFieldCount = 7;
constexpr int kIanaLinesShown = 3;

int index(CustomEntryValidator::Field f)
{
    return static_cast<int>(f);
}

QLabel *hint(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

// A field with the lines under it (hints, messages), as one cell of the form.
QWidget *stacked(QWidget *field, std::initializer_list<QWidget *> below, QWidget *parent)
{
    auto *cell = new QWidget(parent);
    auto *v = new QVBoxLayout(cell);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(3);
    v->addWidget(field);
    for (QWidget *w : below)
        v->addWidget(w);
    return cell;
}

QStringList splitTags(const QString &text)
{
    QStringList out;
    for (const QString &t : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString tag = t.trimmed();
        if (!tag.isEmpty() && !out.contains(tag))
            out << tag;
    }
    return out;
}

} // namespace

CustomEntryDialog::CustomEntryDialog(const Catalog &catalog, CustomEntryRepository &repository,
                                     const QString &readOnlyReason, std::function<qint64()> now,
                                     std::optional<CustomEntry> existing, QWidget *parent)
    : QDialog(parent), m_catalog(catalog), m_repository(repository),
      m_readOnlyReason(readOnlyReason), m_now(std::move(now)), m_existing(std::move(existing))
{
    setWindowTitle(isNew() ? tr("New Entry") : tr("Edit Entry"));
    // Entries another Portolan (or the terminal) added since the catalog was read count too.
    for (const Protocol &p : m_catalog.protocols())
        m_taken.insert(p.key);
    for (const CustomEntry &e : m_repository.entries())
        m_taken.insert(e.key);
    if (m_existing)
        m_taken.remove(m_existing->key);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    if (!m_readOnlyReason.isEmpty()) {
        auto *readOnly = new FieldMessage(FieldMessage::Kind::Problem, this);
        readOnly->setObjectName(QStringLiteral("readOnlyMessage"));
        readOnly->setMessage(tr("The database is read-only (%1): this entry cannot be saved.")
                                 .arg(m_readOnlyReason));
        layout->addWidget(readOnly);
    }
    layout->addWidget(buildForm(), 1);

    m_saveError = new FieldMessage(FieldMessage::Kind::Problem, this);
    m_saveError->setObjectName(QStringLiteral("saveError"));
    layout->addWidget(m_saveError);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = m_buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(isNew() ? tr("&Add") : tr("&Save"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CustomEntryDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    if (m_existing) {
        fill(*m_existing);
        m_key = m_existing->key;
        m_keyField->setText(m_key);
        // An entry being edited shows all its problems at once (one written by an older
        // version may not pass today's checks).
        for (int i = 0; i < kFieldCount; ++i)
            m_touched.insert(i);
    }

    const auto watch = [this](Field f) {
        return [this, f] {
            m_touched.insert(index(f));
            revalidate();
        };
    };
    connect(m_name, &QLineEdit::textChanged, this, &CustomEntryDialog::nameChanged);
    connect(m_abbreviation, &QLineEdit::textChanged, this, watch(Field::Abbreviation));
    connect(m_ports, &QLineEdit::textChanged, this, watch(Field::Ports));
    connect(m_security, &QComboBox::currentIndexChanged, this, [this] { revalidate(); });
    connect(m_counterpart, &QComboBox::editTextChanged, this, watch(Field::Counterpart));
    connect(m_notes, &QPlainTextEdit::textChanged, this, watch(Field::Notes));
    connect(m_tags, &QLineEdit::textChanged, this, watch(Field::Tags));
    revalidate();
    m_name->setFocus();
    resize(640, sizeHint().height());
}

QWidget *CustomEntryDialog::buildForm()
{
    auto *form = new QWidget(this);
    auto *rows = new QFormLayout(form);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    rows->setVerticalSpacing(8);

    const auto message = [&](Field f, QWidget *field, const char *name) {
        auto *m = new FieldMessage(FieldMessage::Kind::Problem, form);
        m->setObjectName(QLatin1String(name));
        m_messages[index(f)] = m;
        m_fieldWidgets[index(f)] = field;
        return m;
    };

    m_name = new QLineEdit(form);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("Required, e.g. Internal API"));
    rows->addRow(tr("&Name:"),
                 stacked(m_name, {message(Field::Name, m_name, "nameProblem")}, form));

    m_abbreviation = new QLineEdit(form);
    m_abbreviation->setObjectName(QStringLiteral("abbreviation"));
    m_abbreviation->setPlaceholderText(tr("Optional, e.g. IAPI"));
    rows->addRow(tr("A&bbreviation:"),
                 stacked(m_abbreviation,
                         {message(Field::Abbreviation, m_abbreviation, "abbreviationProblem")},
                         form));

    // Read-only: notes, labels and quiz progress are kept under the key, so it never changes.
    m_keyField = new QLineEdit(form);
    m_keyField->setObjectName(QStringLiteral("key"));
    m_keyField->setReadOnly(true);
    m_keyField->setPlaceholderText(tr("Made from the name"));
    m_keyField->setAccessibleName(tr("Key"));
    // Framed like text, not like a box to type in.
    m_keyField->setFrame(false);
    QPalette keyPalette = m_keyField->palette();
    keyPalette.setColor(QPalette::Base, keyPalette.color(QPalette::Window));
    m_keyField->setPalette(keyPalette);
    rows->addRow(tr("Key:"),
                 stacked(m_keyField,
                         {message(Field::Key, m_keyField, "keyProblem"),
                          hint(isNew() ? tr("Made from the name; it stays when you edit the "
                                            "entry later.")
                                       : tr("Kept when the entry is edited: your notes, labels "
                                            "and progress are filed under it."),
                               form)},
                         form));

    m_ports = new QLineEdit(form);
    m_ports->setObjectName(QStringLiteral("ports"));
    m_ports->setPlaceholderText(tr("Required, e.g. 8443, 10000-10010/udp"));
    m_iana = new FieldMessage(FieldMessage::Kind::Note, form);
    m_iana->setObjectName(QStringLiteral("ianaNote"));
    rows->addRow(tr("&Ports:"),
                 stacked(m_ports,
                         {message(Field::Ports, m_ports, "portsProblem"), m_iana,
                          hint(tr("Ports or ranges separated by commas; add /udp, /sctp or "
                                  "/dccp to one that is not TCP."),
                               form)},
                         form));

    m_security = new QComboBox(form);
    m_security->setObjectName(QStringLiteral("security"));
    for (Security s : {Security::Secure, Security::Insecure, Security::Depends})
        m_security->addItem(theme::securitySymbol(s) + QLatin1Char(' ') +
                                PortTableModel::securityLabel(int(s)),
                            int(s));
    m_security->addItem(tr("Unclassified"), int(Security::Unclassified));
    m_security->setCurrentIndex(m_security->findData(int(Security::Unclassified)));
    rows->addRow(tr("Securit&y:"), m_security);

    // Any entry's key may be typed; the list offers the study set and the user's own.
    m_counterpart = new QComboBox(form);
    m_counterpart->setObjectName(QStringLiteral("counterpart"));
    m_counterpart->setEditable(true);
    m_counterpart->setInsertPolicy(QComboBox::NoInsert);
    m_counterpart->addItem(QString());
    QStringList keys;
    for (const Protocol &p : m_catalog.protocols()) {
        if (!m_existing || p.key != m_existing->key)
            keys << p.key;
    }
    keys.sort();
    for (const QString &k : keys) {
        m_counterpart->addItem(k);
        if (const Protocol *p = m_catalog.protocol(k))
            m_counterpart->setItemData(m_counterpart->count() - 1, p->name, Qt::ToolTipRole);
    }
    m_counterpart->lineEdit()->setPlaceholderText(tr("None"));
    rows->addRow(tr("&Counterpart:"),
                 stacked(m_counterpart,
                         {message(Field::Counterpart, m_counterpart, "counterpartProblem"),
                          hint(tr("Optional: the key of its secure or insecure twin, e.g. http "
                                  "for HTTPS."),
                               form)},
                         form));

    m_tags = new QLineEdit(form);
    m_tags->setObjectName(QStringLiteral("tags"));
    m_tags->setPlaceholderText(tr("Optional, e.g. lab, edge"));
    rows->addRow(tr("&Tags:"),
                 stacked(m_tags,
                         {message(Field::Tags, m_tags, "tagsProblem"),
                          hint(tr("Separated by commas; search them with tag:NAME."), form)},
                         form));

    m_notes = new QPlainTextEdit(form);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("Optional; the first line is the entry's summary."));
    m_notes->setMinimumHeight(fontMetrics().lineSpacing() * 5);
    m_notes->setMaximumHeight(fontMetrics().lineSpacing() * 12);
    rows->addRow(tr("N&otes:"),
                 stacked(m_notes, {message(Field::Notes, m_notes, "notesProblem")}, form));
    return form;
}

void CustomEntryDialog::fill(const CustomEntry &e)
{
    m_name->setText(e.name);
    m_abbreviation->setText(e.abbreviation);
    m_ports->setText(CustomPortParser::format(e.ports));
    const int security = m_security->findData(int(e.security));
    m_security->setCurrentIndex(security >= 0 ? security : 0);
    m_counterpart->setCurrentText(e.counterpartKey);
    m_notes->setPlainText(e.notes);
    m_tags->setText(e.tags.join(QStringLiteral(", ")));
}

QString CustomEntryDialog::uniqueKey(const QString &name) const
{
    QString base = CustomEntryValidator::keyFromName(name);
    // A name in a script without a–z or 0–9 still gets a key.
    if (base.isEmpty() && !name.trimmed().isEmpty())
        base = QStringLiteral("custom-entry");
    QString key = base;
    for (int n = 2; !key.isEmpty() && m_taken.contains(key); ++n) {
        const QString suffix = QLatin1Char('-') + QString::number(n);
        key = base.left(CustomEntryValidator::kMaxKeyLength - suffix.size());
        while (key.endsWith(QLatin1Char('-')))
            key.chop(1);
        key += suffix;
    }
    return key;
}

void CustomEntryDialog::nameChanged()
{
    m_touched.insert(index(Field::Name));
    m_touched.insert(index(Field::Key));
    if (isNew()) {
        m_key = uniqueKey(m_name->text());
        m_keyField->setText(m_key);
    }
    revalidate();
}

CustomEntry CustomEntryDialog::entry() const
{
    CustomEntry e;
    e.key = m_key;
    e.name = m_name->text();
    e.abbreviation = m_abbreviation->text();
    const CustomPortParser::Result ports = CustomPortParser::parseList(m_ports->text());
    if (ports.ok())
        e.ports = ports.ports;
    e.security = static_cast<Security>(m_security->currentData().toInt());
    e.counterpartKey = m_counterpart->currentText().trimmed();
    e.notes = m_notes->toPlainText();
    e.tags = splitTags(m_tags->text());
    return e;
}

void CustomEntryDialog::revalidate()
{
    using Problem = CustomEntryValidator::Problem;
    const CustomEntry e = entry();
    CustomEntryValidator validator;
    validator.setTakenKeys(m_taken);
    QList<Problem> problems = validator.validate(e);

    const CustomPortParser::Result ports = CustomPortParser::parseList(m_ports->text());
    if (!ports.ok()) {
        // "At least one port is needed" would only hide what is wrong with the text.
        problems.removeIf([](const Problem &p) { return p.field == Field::Ports; });
        problems.append({Field::Ports, ports.error});
    }
    const bool counterpartChecked =
        std::none_of(problems.cbegin(), problems.cend(),
                     [](const Problem &p) { return p.field == Field::Counterpart; });
    if (counterpartChecked && !e.counterpartKey.isEmpty() && !m_catalog.protocol(e.counterpartKey))
        problems.append({Field::Counterpart,
                         tr("Counterpart: no entry has the key \"%1\".").arg(e.counterpartKey)});
    if (isNew() && m_key.isEmpty()) {
        // No name yet: the name's own message says what to do.
        problems.removeIf([](const Problem &p) { return p.field == Field::Key; });
    } else if (isNew() && m_taken.contains(m_key)) {
        problems.append({Field::Key, tr("Change the name to get another key.")});
    }

    std::array<QStringList, kFieldCount> byField;
    for (const Problem &p : problems)
        byField[index(p.field)] << p.message;
    for (int i = 0; i < kFieldCount; ++i) {
        const QString shown =
            m_touched.contains(i) ? byField[i].join(QLatin1Char('\n')) : QString();
        m_messages[i]->setMessage(shown);
        // Screen readers hear the problem with the field, not only when they reach the line.
        m_fieldWidgets[i]->setAccessibleDescription(shown);
    }

    QStringList iana;
    if (!e.ports.isEmpty()) {
        const auto conflicts = registryConflicts(m_catalog, protocolFromCustomEntry(e));
        for (qsizetype i = 0; i < conflicts.size() && i < kIanaLinesShown; ++i) {
            const RegistryRecord *r = conflicts.at(i);
            iana << tr("%1/%2 is assigned by IANA to %3.")
                        .arg(r->portText(), transportName(r->transport), r->service);
        }
        if (conflicts.size() > kIanaLinesShown)
            iana << tr("… and %n more IANA assignment(s) on these ports.", nullptr,
                       int(conflicts.size()) - kIanaLinesShown);
        if (!iana.isEmpty())
            iana << tr("You can still save: the note only tells what else may use the port.");
    }
    m_iana->setMessage(iana.join(QLatin1Char('\n')));

    m_ok->setEnabled(problems.isEmpty() && m_readOnlyReason.isEmpty());
}

void CustomEntryDialog::save()
{
    if (!m_ok->isEnabled())
        return;
    const CustomEntry e = entry();
    // Another Portolan or `portolan add` may have taken the key since the form opened.
    if (isNew() && m_repository.contains(e.key)) {
        m_taken.insert(e.key);
        revalidate();
        return;
    }
    const bool ok = isNew() ? m_repository.add(e, m_now()) : m_repository.edit(e, m_now());
    if (!ok) {
        m_saveError->setMessage(tr("Not saved: %1").arg(m_repository.errorText()));
        return;
    }
    m_saved = true;
    accept();
}

QString CustomEntryDialog::problem(Field field) const
{
    return m_messages[index(field)]->message();
}

QString CustomEntryDialog::ianaNote() const
{
    return m_iana->message();
}

} // namespace portolan
