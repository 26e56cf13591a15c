#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QTest>

namespace Manifold::Test {

// True when CI asked that every e2e fixture be present (MANIFOLD_REQUIRE_E2E=1).
inline bool e2eRequired()
{
    return qEnvironmentVariableIntValue("MANIFOLD_REQUIRE_E2E") == 1;
}

// Path of the per-build fixture directory (busybox layout, package cache, ...).
QString fixtureDir();

// Runs a program to completion and returns its exit code; output goes to `output` (merged).
int runProgram(const QString &program, const QStringList &arguments, QByteArray *output = nullptr,
               int timeoutMs = 120000);

// Runs the built `manifold` binary with `arguments`.
int runManifold(const QStringList &arguments, QByteArray *out = nullptr, QByteArray *err = nullptr,
                int timeoutMs = 120000);

// Runs the built `manifold` binary with `input` on its standard input (then closed), e.g. for
// `login --password-stdin`; an empty `environment` inherits this process's.
int runManifoldWithInput(const QStringList &arguments, const QByteArray &input, QByteArray *out = nullptr,
                         QByteArray *err = nullptr, int timeoutMs = 120000,
                         const QProcessEnvironment &environment = {});

// Live processes (zombies excluded) whose command line contains `needle`, this one excluded:
// with a test's unique paths as the needle, what it started and what is left of it.
QList<qint64> processesMentioning(const QString &needle);

// Files a half-done writer leaves below `root`: QSaveFile's "name.XXXXXX", "*.tmp", "*.part", "*.new".
QStringList halfWrittenFilesUnder(const QString &root);

} // namespace Manifold::Test

// Skips the test when `condition` is false, or fails it under MANIFOLD_REQUIRE_E2E=1:
// a missing fixture must never let CI pass silently.
#define MANIFOLD_REQUIRE(condition, why) \
    do { \
        if (!(condition)) { \
            if (::Manifold::Test::e2eRequired()) \
                QFAIL(qPrintable(QStringLiteral("required fixture missing: ") + (why))); \
            QSKIP(qPrintable(QStringLiteral("fixture missing: ") + (why))); \
        } \
    } while (false)
