#pragma once

/// \file singleinstance.h
/// One CareShift per user (issue 13): a second start with a file hands the
/// file to the running one over a local socket and exits; the running one
/// brings the window that has the file to the front, or opens it. So a
/// double-click on a project that is already open never makes a second
/// window editing the same file. A start with no file brings the running
/// one forward. tests/gui/tst_instances.cpp runs it with real processes.

#include <QLoggingCategory>
#include <QObject>
#include <QString>

#include <functional>

class QLocalServer;

namespace careshift {

/// What the running copy and a second start say to each other, for a test
/// or a puzzled user: QT_LOGGING_RULES="careshift.instance.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcInstance)

class SingleInstance : public QObject {
    Q_OBJECT
public:
    /// `name`: the socket's name; serverName() gives the per-user default.
    explicit SingleInstance(QString name = serverName(), QObject* parent = nullptr);
    ~SingleInstance() override;

    /// The socket: `<runtime folder>/careshift-<uid>.socket` (the user's
    /// private XDG_RUNTIME_DIR), one running CareShift per user.
    static QString serverName();

    /// Hands `path` (absolute; "" to just come to the front) to a running
    /// CareShift. True when one took it (this process should exit).
    bool sendToRunning(const QString& path, int timeoutMs = 3000) const;
    /// Becomes the running one: `open` is called with each path another
    /// start hands over. False if the socket cannot be made.
    bool listen(std::function<void(const QString&)> open);
    /// After listen() failed: whether because another copy runs (rather
    /// than because the socket could not be made).
    bool anotherRunning() const { return m_anotherRunning; }

private:
    QString m_name;
    QLocalServer* m_server = nullptr;
    std::function<void(const QString&)> m_open;
    bool m_anotherRunning = false;
};

} // namespace careshift
