#pragma once

/// \file fileerror.h
/// Errors from reading and writing project files. Each carries every message
/// found (a user fixing a file wants them all), each naming the file and,
/// where there is one, the table, row and field or the JSON path.

#include <QString>
#include <QStringList>

#include <stdexcept>

namespace careshift::store {

class FileError : public std::runtime_error {
public:
    explicit FileError(const QStringList& messages)
        : std::runtime_error(messages.isEmpty() ? std::string("file error")
                                                : messages.first().toStdString())
        , m_messages(messages) {}
    const QStringList& messages() const { return m_messages; }

private:
    QStringList m_messages;
};

/// A file that cannot be opened: nothing was loaded.
class LoadError : public FileError {
public:
    using FileError::FileError;
};

/// A save that failed: the previous file, if any, is untouched.
class SaveError : public FileError {
public:
    using FileError::FileError;
};

} // namespace careshift::store
