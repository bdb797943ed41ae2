#pragma once

/// \file settingsdialog.h
/// Edit > Preferences (issue 13): what a user sets once, stored with
/// QSettings: the discount rate and QALY threshold a new blank project
/// starts with, how many recent files are listed, and the autosave
/// interval, the appearance and how tables write money. Figures are
/// written the British way (£1,234.50, 2016/17, 3 December 2026).

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

namespace careshift {

/// How the results' tables write money (Edit > Preferences). The tiles,
/// charts and paper keep the board format; tooltips and copies keep pence.
enum class TableMoney {
    Board,     ///< "£184m", "£3.23m", "£950k": three figures, as a board reads them
    Thousands, ///< "£183,912k": as finance papers write £000s
    Pounds,    ///< "£183,912,345": whole pounds
};
/// `pounds` as the tables write it now (the preference last applied).
QString tableMoneyText(double pounds);
/// `pounds` in a given way (tableMoneyText() with the preference).
QString tableMoneyText(double pounds, TableMoney way);

struct Preferences {
    double discountRate = 0.035;  ///< a new blank project's (HM Treasury Green Book)
    double qalyThreshold = 20000; ///< a new blank project's (NICE)
    int recentFiles = 8;          ///< File > Open Recent's length, 1-30
    int autosaveSeconds = 60;     ///< 5-3600
    QString appearance = QStringLiteral("system"); ///< "system", "light" or "dark"
    TableMoney tableMoney = TableMoney::Board;

    static Preferences load();
    void save() const;
    /// Sets the application's palette for `appearance`: the desktop's, or
    /// Fusion light or dark (the charts and tiles follow the palette).
    void applyAppearance() const;
    /// Makes tableMoneyText() write money as `tableMoney` says.
    void applyFormats() const;
};

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget* parent = nullptr);
    Preferences preferences() const;
    void setPreferences(const Preferences& p);

private:
    QDoubleSpinBox* m_discount;
    QDoubleSpinBox* m_threshold;
    QSpinBox* m_recent;
    QSpinBox* m_autosave;
    QComboBox* m_appearance;
    QComboBox* m_tableMoney;
};

} // namespace careshift
