#pragma once

/// \file charts.h
/// The result charts. Values are plotted in £ millions; colours follow the NHS
/// identity (NHS blue for the scenario, mid grey for the baseline) and every
/// series is also told apart by its legend name, pattern or line style, so
/// nothing depends on colour alone.

#include "engine/appraisal.h"

#include <QColor>
#include <QString>

#include <optional>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace careshift::charts {

inline const QColor kNhsBlue(0x00, 0x5e, 0xb8);
inline const QColor kNhsDarkBlue(0x00, 0x30, 0x87);
inline const QColor kBaselineGrey(0x76, 0x86, 0x92);
inline const QColor kNhsRed(0xd5, 0x28, 0x1b);

/// Spend per year, baseline against scenario, for one setting or all
/// (`setting` empty): a bar series with the sets "Baseline" and "Scenario".
void showSpend(QChart* chart, const Appraisal& appraisal, int baseYear,
               std::optional<Setting> setting);

/// Net saving per year as bars and cumulative net saving as a line, with the
/// payback year named in the title.
void showImpact(QChart* chart, const Appraisal& appraisal, int baseYear);

/// Scenario minus baseline spend per year, one bar set per setting that
/// changes: where the money moves (community up, acute down).
void showChangeBySetting(QChart* chart, const Appraisal& appraisal, int baseYear);

/// From investment to net saving over the horizon: the investment (a red
/// step down), the gross saving in each setting (blue steps up) and the net
/// saving (dark blue total bar).
void showWaterfall(QChart* chart, const Appraisal& appraisal, int horizon);

/// Change in activity over the horizon, scenario against baseline, per PoD
/// that changes, as a percentage of the baseline (units in the labels).
void showActivityShift(QChart* chart, const Project& project, const Appraisal& appraisal);

} // namespace careshift::charts
