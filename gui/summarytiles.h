#pragma once

#include "engine/appraisal.h"

#include <QWidget>

#include <map>

class QLabel;

namespace careshift {

/// The headline figures of a scenario as a row of tiles: net saving, NPV, ROI,
/// payback year, investment, emergency admissions and bed days avoided, and
/// the break-even effect. Each tile's value label is named "tile_<key>" and
/// carries an accessible description, for tests and screen readers.
class SummaryTiles : public QWidget {
    Q_OBJECT
public:
    explicit SummaryTiles(QWidget* parent = nullptr);

    void show(const Appraisal& appraisal, int baseYear, int horizon, double discountRate);
    QString value(const QString& key) const;

private:
    void addTile(const QString& key, const QString& title);
    void set(const QString& key, const QString& value, const QString& detail = {});

    std::map<QString, QLabel*> m_values;
    std::map<QString, QLabel*> m_details;
};

} // namespace careshift
