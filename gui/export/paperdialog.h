#pragma once

/// \file paperdialog.h
/// File > Export > Board Paper: what goes on the cover and which options
/// the paper compares, before the PDF is written (gui/paper/boardpaper.h).

#include "gui/paper/boardpaper.h"

#include <QDialog>

class QDateEdit;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace careshift {

class PaperDialog : public QDialog {
    Q_OBJECT
public:
    /// `fileName`: the project file's name for the cover ("" = not saved).
    PaperDialog(const Project& project, const QString& fileName, QWidget* parent = nullptr);

    /// The paper as filled in: every ticked option, in project order.
    PaperOptions options() const;
    QListWidget* optionList() const { return m_options; }

private:
    QLineEdit* m_title;
    QLineEdit* m_author;
    QLineEdit* m_version;
    QDateEdit* m_date;
    QPlainTextEdit* m_recommendation;
    QListWidget* m_options;
    QString m_fileName;
    std::vector<std::string> m_ids;
};

} // namespace careshift
