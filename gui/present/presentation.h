#pragma once

/// \file presentation.h
/// View > Present (F5), for the board meeting (issue 12): full screen, type
/// large enough for a projector at 1920x1080, one option per page with its
/// key figures and its net saving chart, and each intervention's reach and
/// effect sliders still live, so the board can ask "what if the effect were
/// half that?" and see it at once. Every slider edit is an ordinary edit of
/// the project: undoable (Ctrl+Z here or after), and the window counts them
/// so that leaving says how many were made.

#include "engine/options.h"

#include <QPointer>
#include <QWidget>

#include <map>
#include <string>
#include <vector>

class QLabel;
class QSlider;
class QVBoxLayout;
class QGridLayout;

namespace careshift {

class FormBinder;
class ProjectDocument;
class PaperChartWidget;

class PresentationWindow : public QWidget {
    Q_OBJECT
public:
    /// Starts on `scenarioId` (the first scenario when it names none).
    PresentationWindow(ProjectDocument* doc, const std::string& scenarioId,
                       QWidget* parent = nullptr);
    ~PresentationWindow() override;

    int page() const { return m_page; }
    int pageCount() const;
    /// The scenario shown, by id.
    std::string scenarioId() const;
    void showPage(int page);
    /// A key figure as shown: "investment", "netSaving", "npv", "roi",
    /// "payback", "admissions", "qalys".
    QString figure(const std::string& key) const;
    /// The sliders of an intervention on the shown page; null when it is not on it.
    QSlider* reachSlider(const std::string& interventionId) const;
    QSlider* effectSlider(const std::string& interventionId) const;
    /// Undo steps made while presenting (what leaving reports).
    int editsMade() const;
    /// The message shown after the last refused slider move ("" when none).
    QString lastProblem() const { return m_problem; }

signals:
    /// The window closed after `edits` undo steps were made in it.
    void finished(int edits);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void build();
    void refresh();
    /// The shown scenario and its interventions: what the sliders are made of.
    std::string pageSignature() const;
    void setEffect(const std::string& interventionId, int percent);
    /// The effect slider's value that the project's effects now stand at.
    int effectPercent(const std::string& interventionId) const;

    QPointer<ProjectDocument> m_doc;
    int m_page = 0;
    int m_startIndex = 0; ///< the undo stack's index when presenting began
    bool m_inMacro = false;
    /// Each intervention's effects as assumed when presenting began: the
    /// effect slider's 100%.
    std::map<std::string, std::vector<double>> m_assumed;
    QString m_problem;
    std::string m_signature;

    QLabel* m_title;
    QLabel* m_position;
    QLabel* m_notes;
    QLabel* m_status;
    std::map<std::string, QLabel*> m_figures;
    PaperChartWidget* m_chart;
    QWidget* m_sliderBox;
    QGridLayout* m_sliderGrid = nullptr;
    std::vector<FormBinder*> m_binders;
    std::map<std::string, QSlider*> m_reach;
    std::map<std::string, QSlider*> m_effect;
    std::map<std::string, QLabel*> m_reachLabel;
    std::map<std::string, QLabel*> m_effectLabel;
};

} // namespace careshift
