#include "gui/settingsdialog.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace careshift {

Preferences Preferences::load() {
    const QSettings s;
    Preferences p;
    p.discountRate = std::clamp(
        s.value(QStringLiteral("defaults/discountRate"), p.discountRate).toDouble(), 0.0, 0.2);
    p.qalyThreshold = std::clamp(
        s.value(QStringLiteral("defaults/qalyThreshold"), p.qalyThreshold).toDouble(), 0.0, 1e6);
    p.recentFiles =
        std::clamp(s.value(QStringLiteral("recentFiles/length"), p.recentFiles).toInt(), 1, 30);
    p.autosaveSeconds =
        std::clamp(s.value(QStringLiteral("autosave/seconds"), p.autosaveSeconds).toInt(), 5, 3600);
    return p;
}

void Preferences::save() const {
    QSettings s;
    s.setValue(QStringLiteral("defaults/discountRate"), discountRate);
    s.setValue(QStringLiteral("defaults/qalyThreshold"), qalyThreshold);
    s.setValue(QStringLiteral("recentFiles/length"), recentFiles);
    s.setValue(QStringLiteral("autosave/seconds"), autosaveSeconds);
}

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent)
    , m_discount(new QDoubleSpinBox(this))
    , m_threshold(new QDoubleSpinBox(this))
    , m_recent(new QSpinBox(this))
    , m_autosave(new QSpinBox(this)) {
    setWindowTitle(tr("Preferences"));
    m_discount->setRange(0, 20);
    m_discount->setDecimals(2);
    m_discount->setSuffix(QStringLiteral("%"));
    m_discount->setAccessibleName(tr("Discount rate of a new project"));
    m_threshold->setRange(0, 1000000);
    m_threshold->setDecimals(0);
    m_threshold->setPrefix(QStringLiteral("£"));
    m_threshold->setGroupSeparatorShown(true);
    m_threshold->setAccessibleName(tr("QALY threshold of a new project"));
    m_recent->setRange(1, 30);
    m_recent->setAccessibleName(tr("Recent files listed"));
    m_autosave->setRange(5, 3600);
    m_autosave->setSuffix(tr(" s"));
    m_autosave->setAccessibleName(tr("Autosave interval in seconds"));

    auto* form = new QFormLayout;
    form->addRow(tr("New project's &discount rate:"), m_discount);
    form->addRow(tr("New project's QALY &threshold:"), m_threshold);
    form->addRow(tr("&Recent files listed:"), m_recent);
    form->addRow(tr("&Autosave unsaved changes every:"), m_autosave);
    form->addRow(tr("Formats:"), new QLabel(tr("en-GB: £1.23m, 2016/17, 3 December 2026"), this));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        preferences().save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("The discount rate and threshold apply to new blank "
                                    "projects; an open project keeps its own (Commissioner "
                                    "page)."),
                                 this));
    layout->addWidget(buttons);
    setPreferences(Preferences::load());
}

Preferences SettingsDialog::preferences() const {
    Preferences p;
    p.discountRate = m_discount->value() / 100;
    p.qalyThreshold = m_threshold->value();
    p.recentFiles = m_recent->value();
    p.autosaveSeconds = m_autosave->value();
    return p;
}

void SettingsDialog::setPreferences(const Preferences& p) {
    m_discount->setValue(p.discountRate * 100);
    m_threshold->setValue(p.qalyThreshold);
    m_recent->setValue(p.recentFiles);
    m_autosave->setValue(p.autosaveSeconds);
}

} // namespace careshift
