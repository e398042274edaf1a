#include "workspace/Importer.h"

#include "importing/IanaCsvParser.h"
#include "importing/NmapServicesParser.h"
#include "importing/ServicesParser.h"
#include "storage/Database.h"
#include "storage/ImportRepository.h"
#include "storage/ReferenceRepository.h"
#include "storage/SafeFileReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace portolan {

namespace {

template <typename Parser>
bool runParser(const QByteArray &bytes, const QString &fileName, ImportData *out, QString *error)
{
    Parser parser;
    if (!parser.parse(bytes, fileName)) {
        *error = parser.errorText();
        return false;
    }
    *out = parser.takeData();
    return true;
}

} // namespace

Importer::Importer(Database &db) : m_db(db) {}

bool Importer::parse(const QByteArray &bytes, const QString &fileName, ImportFormat format,
                     ImportData *out, QString *error)
{
    switch (format) {
    case ImportFormat::IanaCsv:
        return runParser<IanaCsvParser>(bytes, fileName, out, error);
    case ImportFormat::Services:
        return runParser<ServicesParser>(bytes, fileName, out, error);
    case ImportFormat::NmapServices:
        return runParser<NmapServicesParser>(bytes, fileName, out, error);
    }
    return false;
}

bool Importer::readFile(const QString &path, std::optional<ImportFormat> format, ImportData *out,
                        QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    QByteArray bytes;
    switch (SafeFileReader::read(path, kMaxFileSize, &bytes, error)) {
    case SafeFileReader::Outcome::Read:
        break;
    case SafeFileReader::Outcome::Refused:
        return false;
    case SafeFileReader::Outcome::TooLarge:
        *error = QCoreApplication::translate("Importer",
                                             "%1 is too large to import (%2 MB; at most %3 MB).")
                     .arg(shown)
                     .arg(QFileInfo(path).size() / (1024 * 1024))
                     .arg(kMaxFileSize / (1024 * 1024));
        return false;
    }
    return parse(bytes, shown, format.value_or(detectImportFormat(bytes, path)), out, error);
}

ImportState Importer::currentState() const
{
    ImportState state;
    ImportRepository imports(m_db.connection());
    state.registry = ReferenceRepository(m_db.connection()).loadRegistry();
    QString ignored; // a broken installed file only means fewer known frequencies
    state.frequencies = NmapServicesParser::readSystemFile(&ignored).overriddenBy(
        OpenFrequencies(imports.frequencies()));
    state.generation = imports.generation();
    return state;
}

bool Importer::preview(const QString &path, std::optional<ImportFormat> format)
{
    m_plan.reset();
    m_error.clear();
    if (m_db.isReadOnly()) {
        m_error = QCoreApplication::translate("Importer", "Nothing can be imported: %1")
                      .arg(m_db.readOnlyReason());
        return false;
    }
    ImportData data;
    if (!readFile(path, format, &data, &m_error))
        return false;
    m_plan = ImportPlan::make(currentState(), std::move(data));
    return true;
}

bool Importer::apply(qint64 appliedAtMs)
{
    m_error.clear();
    if (!m_plan) {
        m_error = QCoreApplication::translate("Importer", "There is no previewed import to apply.");
        return false;
    }
    if (!m_plan->hasChanges())
        return true; // nothing to write: the database already holds all of it
    ImportRepository imports(m_db.connection());
    if (!imports.apply(*m_plan, appliedAtMs)) {
        m_error = QCoreApplication::translate(
                      "Importer", "The import was not applied; the database is unchanged. %1")
                      .arg(imports.errorText());
        return false;
    }
    return true;
}

} // namespace portolan
