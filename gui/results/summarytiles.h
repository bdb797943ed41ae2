#pragma once

#include "engine/appraisal.h"

#include <QWidget>

#include <map>

class QLabel;

namespace careshift {

/// The headline figures of a scenario as a row of tiles: net saving, NPV, ROI,
/// payback year, investment, emergency admissions and bed days avoided, and
/// the break-even effect.
///
/// Every tile has the same height whatever it says (a one-line heading, the
/// value, and room for two lines of caption), so the charts below never move
/// when another scenario is shown. Each tile's value label is named
/// "tile_<key>" (its heading "tileHeading_<key>", its caption
/// "tileCaption_<key>"), takes keyboard focus, and its accessible name carries the
/// heading, the value and the caption ("Net saving: £21.6m over 5 years"), so
/// a screen reader on the tile says the number.
class SummaryTiles : public QWidget {
    Q_OBJECT
public:
    explicit SummaryTiles(QWidget* parent = nullptr);

    void show(const Appraisal& appraisal, int baseYear, int horizon, double discountRate);
    /// Every tile back to "–": there are no figures to show.
    void clear();
    QString value(const QString& key) const;

private:
    struct Tile {
        QString title; ///< as a screen reader says it
        QLabel* value;
        QLabel* detail;
    };
    /// `spoken` is the title in full where the tile shows it shortened ("ROI").
    void addTile(const QString& key, const QString& title, const QString& spoken = {});
    void set(const QString& key, const QString& value, const QString& detail = {});

    std::map<QString, Tile> m_tiles;
};

} // namespace careshift
