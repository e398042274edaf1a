#pragma once

#include <QDialog>
#include <functional>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace portolan {

class Importer;

// The import preview: what the file would add, change and remove (counts and examples) and
// what it holds that is not imported, with Apply and Cancel. Nothing is written before Apply;
// applying is all or nothing, and a failure is shown here with the database unchanged. When
// the file was refused, the dialog shows why (FILE:LINE) and only closes.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    // The importer holds the preview (or its error) and must outlive the dialog. now gives the
    // time recorded with an applied import.
    ImportDialog(Importer &importer, std::function<qint64()> now, QWidget *parent = nullptr);

    bool applied() const { return m_applied; }
    QPushButton *applyButton() const { return m_apply; }
    QTreeWidget *examples() const { return m_examples; }

private:
    QWidget *buildCounts();
    void fillExamples();
    void showProblem(const QString &text);
    void apply();

    Importer &m_importer;
    std::function<qint64()> m_now;
    QLabel *m_problem = nullptr;
    QTreeWidget *m_examples = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_apply = nullptr;
    bool m_applied = false;
};

} // namespace portolan
