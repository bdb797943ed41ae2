#pragma once

/// \file projectfile.h
/// The .careshift project file: one project in an SQLite database.
///
/// Safety, in order of what can go wrong:
/// - Saving never touches the existing file until the new one is complete: it
///   writes a new database beside the target (".NAME.saving-XXXXXX"), syncs
///   it to disk, and renames it over the target, which POSIX makes atomic. A
///   failure at any step removes the new file and leaves the old one
///   byte-identical; a crash may leave a stale ".saving-" file, which the next
///   successful save of the same file removes.
/// - Opening treats the file as untrusted input. Before SQLite sees it, the
///   header is checked (SQLite magic, page size, page count against the file
///   size, so truncation is caught). SQLite then opens it read-only with the
///   defensive settings (SQLITE_DBCONFIG_DEFENSIVE, trusted_schema off,
///   extension loading off, a cap on string and blob length); the identity
///   (PRAGMA application_id), the schema version (PRAGMA user_version) and
///   PRAGMA integrity_check are verified; only the known tables are read, each
///   checked to be a real table with the expected columns and at most
///   kMaxRowsPerTable rows; no SQL from the file is ever run. Every value is
///   type-checked (an error names table, row and field), and the engine's
///   validate() must pass before a project is returned.
/// - An older schema version is upgraded on a temporary copy, one migration
///   per version step (resources/schema/migrate-vN-to-vM.sql); the original
///   stays as it was. Callers back it up before the first save over it
///   (upgradeBackupPath() and SaveOptions::backupPath).
///
/// Format: docs/file-format.md; schema: resources/schema/schema-v2.sql.

#include "engine/describe.h"
#include "engine/project.h"
#include "store/atomicfile.h"
#include "store/fileerror.h"

#include <QString>

#include <chrono>
#include <functional>

class QSqlDatabase;

namespace careshift::store {

inline constexpr int kSchemaVersion = 5;
inline constexpr int kApplicationId = 0x43534846; ///< "CSHF"
inline constexpr int kMaxRowsPerTable = 100000;
inline constexpr int kMaxTextLength = static_cast<int>(kMaxTextCharacters);
inline constexpr qint64 kMaxFileSize = qint64(256) * 1024 * 1024;

struct FileMetadata {
    QString created;  ///< ISO 8601, UTC
    QString modified; ///< ISO 8601, UTC
    QString author;
    QString appVersion;
};

struct LoadedProject {
    Project project;
    FileMetadata metadata;
    int fileVersion = kSchemaVersion; ///< the schema version the file had on disk
    bool upgraded() const { return fileVersion < kSchemaVersion; }
};

/// Points in a save at which a test can inject a failure.
enum class SaveStep { BeforeWrite, MidWrite, BeforeRename };

struct SaveOptions {
    /// `created` is kept when set (else now); `modified` is always now;
    /// `author` and `appVersion` are filled in when empty.
    FileMetadata metadata;
    /// When set and the target exists, the target is copied here first.
    QString backupPath;
    /// Called at each SaveStep; a test throws from it to simulate a failure.
    std::function<void(SaveStep)> faultHook;
    /// For tests: faults injected into a JSON save's atomic write (store/atomicfile.h).
    AtomicWriteFaults writeFaults = {};
};

/// The most SQLite may work on a file being opened (issue 11, defect 2),
/// milliseconds: then it is stopped and the file refused.
inline constexpr long kLoadWorkLimitMs = 5000;
/// For tests: another work limit (the test of the limit uses 0).
void setLoadWorkLimitForTesting(std::chrono::milliseconds limit);

/// Opens a .careshift file. Throws LoadError; never returns a half-loaded project.
LoadedProject loadProjectFile(const QString& path);

/// Saves atomically. Throws SaveError, leaving any existing file untouched.
void saveProjectFile(const QString& path, const Project& project, const SaveOptions& options = {});

/// Reads from an open connection (upgrading it in place when it is an older
/// version, so it must be writable then). `sourceName` prefixes messages.
LoadedProject readProject(QSqlDatabase& db, const QString& sourceName);

/// Writes the schema and the project into an open, empty database.
/// `midWrite` runs after the schema is created and before the data.
void writeProject(QSqlDatabase& db, const Project& project, const FileMetadata& metadata,
                  const std::function<void()>& midWrite = {});

/// A free name for the backup of a file about to be upgraded from `fromVersion`:
/// "plan.careshift" -> "plan.v1-backup.careshift" (then "-2", "-3", ... if taken).
QString upgradeBackupPath(const QString& path, int fromVersion);

/// Opens either format: an SQLite .careshift file, or JSON (by content).
LoadedProject loadAnyProject(const QString& path);

/// Saves as JSON when the path ends in ".json", else as a .careshift file.
void saveAnyProject(const QString& path, const Project& project, const SaveOptions& options = {});

} // namespace careshift::store
