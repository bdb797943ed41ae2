#include "gui/export/paperdialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace careshift {

PaperDialog::PaperDialog(const Project& project, const QString& fileName, QWidget* parent)
    : QDialog(parent)
    , m_title(new QLineEdit(tr("Shifting care: options for the board"), this))
    , m_author(new QLineEdit(QSettings().value(QStringLiteral("paper/author")).toString(), this))
    , m_version(new QLineEdit(QStringLiteral("1.0"), this))
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_recommendation(new QPlainTextEdit(this))
    , m_options(new QListWidget(this))
    , m_fileName(fileName) {
    setWindowTitle(tr("Export Board Paper"));
    m_date->setDisplayFormat(QStringLiteral("d MMMM yyyy"));
    m_date->setCalendarPopup(true);
    m_author->setPlaceholderText(tr("Your name and role"));
    m_recommendation->setPlaceholderText(
        tr("Left blank, the paper keeps a marked space for it: \"To be written by the author\"."));
    m_recommendation->setTabChangesFocus(true);
    for (const Scenario& s : project.scenarios) {
        auto* item =
            new QListWidgetItem(QString::fromStdString(s.name.empty() ? s.id : s.name), m_options);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
        m_ids.push_back(s.id);
    }
    m_options->setAccessibleName(tr("Options in the paper"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Author:"), m_author);
    form->addRow(tr("&Version:"), m_version);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Options:"), m_options);
    form->addRow(tr("&Recommendation:"), m_recommendation);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export PDF…"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        QSettings().setValue(QStringLiteral("paper/author"), m_author->text());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // No option ticked: nothing to compare.
    connect(m_options, &QListWidget::itemChanged, this, [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!options().scenarioIds.empty());
    });
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(
        tr("An A4 PDF: cover, executive summary, a section per option, who saves and who "
           "pays, outcomes, uncertainty, method and the assumptions register."),
        this));
    layout->addWidget(buttons);
    resize(560, 520);
}

PaperOptions PaperDialog::options() const {
    PaperOptions o;
    o.title = m_title->text().trimmed();
    o.author = m_author->text().trimmed();
    o.version = m_version->text().trimmed();
    o.date = m_date->date();
    o.recommendation = m_recommendation->toPlainText();
    o.fileName = m_fileName;
    for (int i = 0; i < m_options->count(); ++i)
        if (m_options->item(i)->checkState() == Qt::Checked)
            o.scenarioIds.push_back(m_ids[static_cast<std::size_t>(i)]);
    return o;
}

} // namespace careshift
