#include "gui/settingsdialog.h"

#include "engine/format.h"
#include "gui/document/autosave.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPalette>
#include <QSettings>
#include <QSpinBox>
#include <QStyle>
#include <QStyleFactory>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace careshift {

namespace {
TableMoney g_tableMoney = TableMoney::Board;

const char* tableMoneyKey(TableMoney way) {
    switch (way) {
    case TableMoney::Thousands:
        return "thousands";
    case TableMoney::Pounds:
        return "pounds";
    case TableMoney::Board:
        break;
    }
    return "board";
}

/// "-£183,912k": the sign before the pound sign, as formatMoney() writes it;
/// a figure that rounds to nothing has no sign.
QString scaled(double pounds, double unit, const char* suffix) {
    const double whole = std::round(std::fabs(pounds) / unit);
    const QString digits = QString::fromStdString(formatCount(whole));
    return (pounds < 0 && whole > 0 ? QStringLiteral("-£") : QStringLiteral("£")) + digits +
           QLatin1String(suffix);
}
} // namespace

QString tableMoneyText(double pounds, TableMoney way) {
    if (!std::isfinite(pounds))
        return QString::fromStdString(formatMoney(pounds));
    switch (way) {
    case TableMoney::Thousands:
        return scaled(pounds, 1000, "k");
    case TableMoney::Pounds:
        return scaled(pounds, 1, "");
    case TableMoney::Board:
        break;
    }
    return QString::fromStdString(formatMoney(pounds));
}

QString tableMoneyText(double pounds) {
    return tableMoneyText(pounds, g_tableMoney);
}

void Preferences::applyFormats() const {
    g_tableMoney = tableMoney;
}

Preferences Preferences::load() {
    const QSettings s;
    Preferences p;
    p.discountRate = std::clamp(
        s.value(QStringLiteral("defaults/discountRate"), p.discountRate).toDouble(), 0.0, 0.2);
    p.qalyThreshold = std::clamp(
        s.value(QStringLiteral("defaults/qalyThreshold"), p.qalyThreshold).toDouble(), 0.0, 1e6);
    p.recentFiles =
        std::clamp(s.value(QStringLiteral("recentFiles/length"), p.recentFiles).toInt(), 1, 30);
    p.autosaveSeconds = Autosaver::intervalSeconds();
    const QString look = s.value(QStringLiteral("appearance"), p.appearance).toString();
    if (look == QStringLiteral("light") || look == QStringLiteral("dark"))
        p.appearance = look;
    const QString money = s.value(QStringLiteral("formats/tableMoney")).toString();
    for (const TableMoney way : {TableMoney::Thousands, TableMoney::Pounds})
        if (money == QLatin1String(tableMoneyKey(way)))
            p.tableMoney = way;
    return p;
}

void Preferences::save() const {
    QSettings s;
    s.setValue(QStringLiteral("defaults/discountRate"), discountRate);
    s.setValue(QStringLiteral("defaults/qalyThreshold"), qalyThreshold);
    s.setValue(QStringLiteral("recentFiles/length"), recentFiles);
    s.setValue(QStringLiteral("autosave/seconds"), autosaveSeconds);
    s.setValue(QStringLiteral("appearance"), appearance);
    s.setValue(QStringLiteral("formats/tableMoney"), QLatin1String(tableMoneyKey(tableMoney)));
}

void Preferences::applyAppearance() const {
    static const QPalette desktop = QApplication::palette();
    static const QString desktopStyle = QApplication::style()->name();
    if (appearance == QStringLiteral("system")) {
        QApplication::setStyle(QStyleFactory::create(desktopStyle));
        QApplication::setPalette(desktop);
        return;
    }
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    if (appearance == QStringLiteral("light")) {
        QApplication::setPalette(QApplication::style()->standardPalette());
        return;
    }
    // Dark: greys with the NHS blue for selections and links.
    QPalette p;
    const QColor window(0x2b, 0x2f, 0x33);
    const QColor base(0x1f, 0x22, 0x25);
    const QColor text(0xe8, 0xea, 0xed);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa6));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x41, 0x82, 0xd8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x7a, 0x7f, 0x85));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x7a, 0x7f, 0x85));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x7a, 0x7f, 0x85));
    QApplication::setPalette(p);
}

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent)
    , m_discount(new QDoubleSpinBox(this))
    , m_threshold(new QDoubleSpinBox(this))
    , m_recent(new QSpinBox(this))
    , m_autosave(new QSpinBox(this))
    , m_appearance(new QComboBox(this))
    , m_tableMoney(new QComboBox(this)) {
    // Each way shown by an example figure, as the tables would write it.
    constexpr double kExample = 183912345.67;
    m_tableMoney->addItem(tr("Board format (%1)").arg(tableMoneyText(kExample, TableMoney::Board)),
                          static_cast<int>(TableMoney::Board));
    m_tableMoney->addItem(tr("Thousands (%1)").arg(tableMoneyText(kExample, TableMoney::Thousands)),
                          static_cast<int>(TableMoney::Thousands));
    m_tableMoney->addItem(tr("Whole pounds (%1)").arg(tableMoneyText(kExample, TableMoney::Pounds)),
                          static_cast<int>(TableMoney::Pounds));
    m_tableMoney->setAccessibleName(tr("Money in tables"));
    m_appearance->addItem(tr("As the desktop"), QStringLiteral("system"));
    m_appearance->addItem(tr("Light"), QStringLiteral("light"));
    m_appearance->addItem(tr("Dark"), QStringLiteral("dark"));
    m_appearance->setAccessibleName(tr("Appearance"));
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
    m_autosave->setRange(Autosaver::kMinSeconds, Autosaver::kMaxSeconds);
    m_autosave->setSuffix(tr(" s"));
    m_autosave->setAccessibleName(tr("Autosave interval in seconds"));

    auto* form = new QFormLayout;
    form->addRow(tr("New project's &discount rate:"), m_discount);
    form->addRow(tr("New project's QALY &threshold:"), m_threshold);
    form->addRow(tr("&Recent files listed:"), m_recent);
    form->addRow(tr("&Autosave unsaved changes every:"), m_autosave);
    form->addRow(tr("A&ppearance:"), m_appearance);
    form->addRow(tr("&Money in tables:"), m_tableMoney);
    form->addRow(tr("Formats:"),
                 new QLabel(tr("British: £1,234.50, 2016/17, 3 December 2026"), this));
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
    p.appearance = m_appearance->currentData().toString();
    p.tableMoney = static_cast<TableMoney>(m_tableMoney->currentData().toInt());
    return p;
}

void SettingsDialog::setPreferences(const Preferences& p) {
    m_discount->setValue(p.discountRate * 100);
    m_threshold->setValue(p.qalyThreshold);
    m_recent->setValue(p.recentFiles);
    m_autosave->setValue(p.autosaveSeconds);
    m_appearance->setCurrentIndex(std::max(0, m_appearance->findData(p.appearance)));
    m_tableMoney->setCurrentIndex(
        std::max(0, m_tableMoney->findData(static_cast<int>(p.tableMoney))));
}

} // namespace careshift
