#include "gui/editors/editorfactory.h"

#include <QCheckBox>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>

#include <cmath>

namespace careshift {

namespace {

constexpr double kWide = 1e15; // any number a user can type; the document checks the range

QString stripped(QString text, const QString& prefix, const QString& suffix) {
    text = text.trimmed();
    if (!prefix.isEmpty() && text.startsWith(prefix))
        text = text.mid(prefix.size());
    if (!suffix.isEmpty() && text.endsWith(suffix))
        text.chop(suffix.size());
    text.remove(QStringLiteral("£")).remove(QLatin1Char('%')).remove(QLatin1Char(','));
    text.remove(QLatin1Char(' '));
    return text;
}

const QRegularExpression& financialYearPattern() {
    static const QRegularExpression re(QStringLiteral("^(\\d{4})(/(\\d{0,2}))?$"));
    return re;
}

/// Notes: Tab moves to the next control like everywhere else; Ctrl+Tab types a tab.
class TabInserter : public QObject {
public:
    using QObject::QObject;
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::KeyPress) {
            auto* key = static_cast<QKeyEvent*>(event);
            if (key->key() == Qt::Key_Tab && key->modifiers() == Qt::ControlModifier) {
                static_cast<QPlainTextEdit*>(watched)->insertPlainText(QStringLiteral("\t"));
                return true;
            }
        }
        return false;
    }
};

} // namespace

FieldSpinBox::FieldSpinBox(const FieldInfo& info, QWidget* parent)
    : QDoubleSpinBox(parent)
    , m_unit(info.unit()) {
    setLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
    switch (m_unit) {
    case Unit::Money:
        setPrefix(QStringLiteral("£"));
        setDecimals(info.decimals);
        setGroupSeparatorShown(true);
        break;
    case Unit::Fraction:
        setSuffix(QStringLiteral("%"));
        setDecimals(2);
        break;
    case Unit::Count:
        setDecimals(0);
        setGroupSeparatorShown(true);
        break;
    case Unit::Integer:
    case Unit::Year:
    case Unit::YearIndex:
        setDecimals(0);
        setGroupSeparatorShown(false); // a year is never "2,016"
        break;
    default:
        setDecimals(info.decimals);
        setGroupSeparatorShown(true);
        break;
    }
    setRange(-kWide, kWide);
    setKeyboardTracking(false); // typing pushes once, on Enter or leaving the box
    setAccessibleName(info.label);
    lineEdit()->setAccessibleName(info.label); // the text a screen reader lands in
    setToolTip(info.description);
}

double FieldSpinBox::fieldValue() const {
    return isPercent() ? value() / 100.0 : value();
}

void FieldSpinBox::setFieldValue(double v) {
    setValue(isPercent() ? v * 100.0 : v);
}

QString FieldSpinBox::textFromValue(double v) const {
    if (m_unit == Unit::Year) {
        const int y = static_cast<int>(std::lround(v));
        return QStringLiteral("%1/%2").arg(y).arg((y + 1) % 100, 2, 10, QLatin1Char('0'));
    }
    return QDoubleSpinBox::textFromValue(v);
}

double FieldSpinBox::valueFromText(const QString& text) const {
    const QString t = stripped(text, prefix(), suffix());
    if (m_unit == Unit::Year) {
        const auto m = financialYearPattern().match(t);
        if (m.hasMatch())
            return m.captured(1).toDouble();
    }
    return t.toDouble();
}

QValidator::State FieldSpinBox::validate(QString& input, int&) const {
    const QString t = stripped(input, prefix(), suffix());
    if (t.isEmpty() || t == QLatin1String("-") || t == QLatin1String(".") ||
        t == QLatin1String("-."))
        return QValidator::Intermediate;
    if (m_unit == Unit::Year) {
        const auto m = financialYearPattern().match(t);
        if (m.hasMatch())
            return QValidator::Acceptable;
        if (QRegularExpression(QStringLiteral("^\\d{1,4}$")).match(t).hasMatch())
            return QValidator::Intermediate;
        return QValidator::Invalid;
    }
    bool ok = false;
    t.toDouble(&ok);
    if (ok)
        return QValidator::Acceptable;
    // "1e" on the way to "1e3", "12." on the way to "12.5".
    static const QRegularExpression partial(QStringLiteral("^-?\\d*\\.?\\d*(e-?\\d*)?$"));
    return partial.match(t).hasMatch() ? QValidator::Intermediate : QValidator::Invalid;
}

QSize FieldSpinBox::sizeHint() const {
    // The range is wide on purpose; size the box for the values people type.
    QSize s = QDoubleSpinBox::sizeHint();
    const QString sample = m_unit == Unit::Year       ? QStringLiteral("2016/17")
                           : m_unit == Unit::Fraction ? QStringLiteral("-100.00%")
                                                      : QStringLiteral("£10,000,000.00");
    s.setWidth(fontMetrics().horizontalAdvance(sample) + 48);
    return s;
}

QSize FieldSpinBox::minimumSizeHint() const {
    QSize s = QDoubleSpinBox::minimumSizeHint();
    s.setWidth(fontMetrics().horizontalAdvance(QStringLiteral("£0,000,000")) + 40);
    return s;
}

namespace editors {

QWidget* create(const FieldInfo& info, QWidget* parent, bool multiline) {
    QWidget* w = nullptr;
    if (!info.choices.empty() || info.unit() == Unit::Choice || info.unit() == Unit::Ref ||
        info.unit() == Unit::YearIndex) {
        w = new QComboBox(parent);
    } else if (info.unit() == Unit::Flag) {
        w = new QCheckBox(info.label, parent);
    } else if (info.isNumber()) {
        w = new FieldSpinBox(info, parent);
    } else if (multiline) {
        auto* edit = new QPlainTextEdit(parent);
        edit->setTabChangesFocus(true);
        edit->installEventFilter(new TabInserter(edit));
        w = edit;
    } else {
        w = new QLineEdit(parent);
    }
    w->setAccessibleName(info.label);
    if (!info.description.isEmpty()) {
        w->setToolTip(info.description);
        w->setAccessibleDescription(info.description);
    }
    return w;
}

void setValue(QWidget* editor, const FieldInfo& info, const QVariant& v) {
    if (auto* spin = qobject_cast<FieldSpinBox*>(editor)) {
        spin->setFieldValue(v.toDouble());
    } else if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        combo->clear();
        for (const Choice& c : info.choices)
            combo->addItem(c.label, c.key);
        int i = combo->findData(v);
        if (i < 0 && v.isValid()) { // e.g. a start year after the horizon
            combo->addItem(valueText(info, v), v);
            i = combo->count() - 1;
        }
        combo->setCurrentIndex(i);
    } else if (auto* check = qobject_cast<QCheckBox*>(editor)) {
        check->setChecked(v.toBool());
    } else if (auto* text = qobject_cast<QPlainTextEdit*>(editor)) {
        if (text->toPlainText() != v.toString())
            text->setPlainText(v.toString());
    } else if (auto* edit = qobject_cast<QLineEdit*>(editor)) {
        edit->setText(v.toString());
        edit->setModified(false);
        edit->setCursorPosition(0); // show the start of a long name, not its end
    }
}

QVariant value(QWidget* editor, bool* isText) {
    *isText = false;
    if (auto* spin = qobject_cast<FieldSpinBox*>(editor)) {
        spin->interpretText();
        return spin->fieldValue();
    }
    if (auto* combo = qobject_cast<QComboBox*>(editor))
        return combo->currentData();
    if (auto* check = qobject_cast<QCheckBox*>(editor))
        return check->isChecked();
    if (auto* text = qobject_cast<QPlainTextEdit*>(editor))
        return text->toPlainText();
    if (auto* edit = qobject_cast<QLineEdit*>(editor)) {
        *isText = true;
        return edit->text();
    }
    return {};
}

} // namespace editors
} // namespace careshift
