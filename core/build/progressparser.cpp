#include "core/build/progressparser.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Manifold::Build {

QList<EngineProgress> ProgressParser::feed(const QByteArray &chunk)
{
    QList<EngineProgress> out;
    m_pending.append(chunk);
    qsizetype start = 0;
    for (;;) {
        const qsizetype newline = m_pending.indexOf('\n', start);
        if (newline < 0)
            break;
        QByteArray line = m_pending.mid(start, newline - start);
        if (line.endsWith('\r'))
            line.chop(1);
        parseLine(QString::fromUtf8(line), out);
        start = newline + 1;
    }
    m_pending.remove(0, start);
    return out;
}

QList<EngineProgress> ProgressParser::finish(int exitCode)
{
    QList<EngineProgress> out;
    if (!m_pending.isEmpty()) {
        parseLine(QString::fromUtf8(m_pending), out);
        m_pending.clear();
    }
    close(exitCode, out);
    return out;
}

// --- Buildah / Podman ---------------------------------------------------------------------

void BuildahProgressParser::parseLine(const QString &line, QList<EngineProgress> &out)
{
    static const QRegularExpression stepLine(
        QStringLiteral("^(?:\\[(\\d+)/(\\d+)\\] )?STEP (\\d+)/(\\d+): (.*)$"));
    static const QRegularExpression fromAs(QStringLiteral("^FROM\\s.*\\s[Aa][Ss]\\s+(\\S+)\\s*$"));
    static const QRegularExpression failure(
        QStringLiteral("^(?:Error: |error )?(?:building|[Ee]rror building) at STEP \"(.*)\": (.*)$"));

    const QRegularExpressionMatch step = stepLine.match(line);
    if (step.hasMatch()) {
        if (m_current.step > 0) {
            EngineProgress done = m_current;
            done.kind = m_currentCached ? EngineProgress::Kind::StepCached
                                        : EngineProgress::Kind::StepFinished;
            if (!m_currentCached)
                out.append(done);
        }
        m_currentCached = false;
        m_current = EngineProgress();
        m_current.kind = EngineProgress::Kind::StepStarted;
        m_current.stageIndex = step.captured(1).isEmpty() ? 0 : step.captured(1).toInt() - 1;
        m_current.step = step.captured(3).toInt();
        m_current.stepCount = step.captured(4).toInt();
        m_current.instruction = step.captured(5);
        if (m_current.step == 1) {
            const QRegularExpressionMatch named = fromAs.match(m_current.instruction);
            while (m_stageNames.size() <= m_current.stageIndex)
                m_stageNames.append(QString());
            m_stageNames[m_current.stageIndex] = named.hasMatch() ? named.captured(1) : QString();
        }
        if (m_current.stageIndex < m_stageNames.size())
            m_current.stageName = m_stageNames.at(m_current.stageIndex);
        out.append(m_current);
        return;
    }
    if (line.startsWith(QLatin1String("--> Using cache ")) && m_current.step > 0) {
        EngineProgress cached = m_current;
        cached.kind = EngineProgress::Kind::StepCached;
        m_currentCached = true;
        out.append(cached);
        return;
    }
    const QRegularExpressionMatch failed = failure.match(line);
    if (failed.hasMatch()) {
        EngineProgress progress = m_current;
        progress.kind = EngineProgress::Kind::StepFailed;
        if (progress.step == 0)
            progress.instruction = failed.captured(1);
        progress.text = failed.captured(2);
        m_failed = true;
        m_current = EngineProgress();
        out.append(progress);
        return;
    }
    EngineProgress log = m_current;
    log.kind = EngineProgress::Kind::Log;
    log.text = line;
    // "--> 3c0e0604a12" (a committed layer) and "[4/4] COMMIT name" are bookkeeping.
    log.internal = line.startsWith(QLatin1String("--> ")) || line.contains(QLatin1String("] COMMIT "))
                   || line.startsWith(QLatin1String("COMMIT "));
    out.append(log);
}

void BuildahProgressParser::close(int exitCode, QList<EngineProgress> &out)
{
    if (m_current.step == 0)
        return;
    EngineProgress last = m_current;
    if (exitCode == 0) {
        last.kind = EngineProgress::Kind::StepFinished;
        if (!m_currentCached)
            out.append(last);
    } else if (!m_failed) {
        last.kind = EngineProgress::Kind::StepFailed;
        last.text = QStringLiteral("the engine exited with status %1").arg(exitCode);
        out.append(last);
    }
    m_current = EngineProgress();
}

// --- BuildKit vertex names ----------------------------------------------------------------

bool parseBuildKitVertexName(const QString &name, EngineProgress &progress)
{
    if (!name.startsWith(QLatin1Char('[')))
        return false;
    const qsizetype close = name.indexOf(QLatin1Char(']'));
    if (close < 0)
        return false;
    QStringList tokens = name.mid(1, close - 1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (tokens.isEmpty())
        return false;
    static const QRegularExpression counter(QStringLiteral("^(\\d+)/(\\d+)$"));
    const QRegularExpressionMatch count = counter.match(tokens.constLast());
    if (!count.hasMatch())
        return false;
    tokens.removeLast();
    // A platform prefix ("linux/amd64" or "linux/amd64->arm64") contains '/', stage names cannot.
    if (!tokens.isEmpty() && tokens.constFirst().contains(QLatin1Char('/')))
        tokens.removeFirst();
    progress.stageName = tokens.isEmpty() ? QString() : tokens.join(QLatin1Char(' '));
    progress.step = count.captured(1).toInt();
    progress.stepCount = count.captured(2).toInt();
    progress.instruction = name.mid(close + 1).trimmed();
    if (progress.instruction.startsWith(QLatin1String("ONBUILD ")))
        progress.instruction = progress.instruction.mid(8);
    return true;
}

namespace {

EngineProgress progressForVertexName(const QString &name)
{
    EngineProgress progress;
    if (!parseBuildKitVertexName(name, progress)) {
        progress.internal = true;
        progress.instruction = name;
    }
    return progress;
}

} // namespace

// --- BuildKit plain -------------------------------------------------------------------------

struct BuildKitPlainProgressParser::Vertex
{
    int id = 0;
    EngineProgress base;
    bool ended = false;
};

std::shared_ptr<BuildKitPlainProgressParser::Vertex> BuildKitPlainProgressParser::vertex(int id)
{
    for (const auto &existing : std::as_const(m_vertices)) {
        if (existing->id == id)
            return existing;
    }
    return nullptr;
}

void BuildKitPlainProgressParser::parseLine(const QString &line, QList<EngineProgress> &out)
{
    static const QRegularExpression vertexLine(QStringLiteral("^#(\\d+) (.*)$"));
    static const QRegularExpression doneLine(QStringLiteral("^DONE (\\d+(?:\\.\\d+)?)s$"));
    static const QRegularExpression timedLog(QStringLiteral("^\\d+\\.\\d+ (.*)$"));

    const QRegularExpressionMatch match = vertexLine.match(line);
    if (!match.hasMatch()) {
        if (line.isEmpty())
            return;
        EngineProgress log;
        log.text = line;
        // The summary block BuildKit prints after a failure ("------", " > [2/3] RUN ...:").
        log.internal = !m_failed;
        out.append(log);
        return;
    }
    const int id = match.captured(1).toInt();
    const QString rest = match.captured(2);
    std::shared_ptr<Vertex> current = vertex(id);
    if (!current) {
        current = std::make_shared<Vertex>();
        current->id = id;
        current->base = progressForVertexName(rest);
        m_vertices.append(current);
        EngineProgress started = current->base;
        started.kind = EngineProgress::Kind::StepStarted;
        out.append(started);
        return;
    }
    EngineProgress progress = current->base;
    if (rest == QLatin1String("CACHED")) {
        progress.kind = EngineProgress::Kind::StepCached;
        current->ended = true;
    } else if (const QRegularExpressionMatch done = doneLine.match(rest); done.hasMatch()) {
        progress.kind = EngineProgress::Kind::StepFinished;
        progress.seconds = done.captured(1).toDouble();
        current->ended = true;
    } else if (rest.startsWith(QLatin1String("ERROR"))) {
        progress.kind = EngineProgress::Kind::StepFailed;
        progress.text = rest.mid(5).trimmed();
        if (progress.text.startsWith(QLatin1Char(':')))
            progress.text = progress.text.mid(1).trimmed();
        current->ended = true;
        m_failed = true;
    } else if (rest.startsWith(QLatin1String("sha256:")) && !rest.contains(QLatin1Char(' '))) {
        return; // the vertex digest
    } else if (rest == QLatin1String("CANCELED")) {
        progress.kind = EngineProgress::Kind::StepFailed;
        progress.text = QStringLiteral("canceled");
        current->ended = true;
    } else {
        progress.kind = EngineProgress::Kind::Log;
        const QRegularExpressionMatch timed = timedLog.match(rest);
        progress.text = timed.hasMatch() ? timed.captured(1) : rest;
        // Output of the step itself carries a timestamp; the rest is pull/export chatter.
        progress.internal = progress.internal || !timed.hasMatch();
    }
    out.append(progress);
}

void BuildKitPlainProgressParser::close(int exitCode, QList<EngineProgress> &out)
{
    if (exitCode == 0 || m_failed)
        return;
    for (const auto &open : std::as_const(m_vertices)) {
        if (!open->ended && !open->base.internal) {
            EngineProgress failed = open->base;
            failed.kind = EngineProgress::Kind::StepFailed;
            failed.text = QStringLiteral("the engine exited with status %1").arg(exitCode);
            out.append(failed);
        }
    }
}

// --- BuildKit rawjson ---------------------------------------------------------------------

struct BuildKitJsonProgressParser::Vertex
{
    QString digest;
    EngineProgress base;
    bool started = false;
    bool ended = false;
};

std::shared_ptr<BuildKitJsonProgressParser::Vertex> BuildKitJsonProgressParser::vertex(const QString &digest)
{
    for (const auto &existing : std::as_const(m_vertices)) {
        if (existing->digest == digest)
            return existing;
    }
    return nullptr;
}

void BuildKitJsonProgressParser::parseLine(const QString &line, QList<EngineProgress> &out)
{
    if (line.trimmed().isEmpty())
        return;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line.toUtf8(), &error);
    if (!document.isObject()) {
        EngineProgress log;
        log.text = line;
        log.internal = true;
        out.append(log);
        return;
    }
    const QJsonObject status = document.object();
    const QJsonArray vertexes = status.value(QLatin1String("vertexes")).toArray();
    for (const QJsonValue &value : vertexes) {
        const QJsonObject object = value.toObject();
        const QString digest = object.value(QLatin1String("digest")).toString();
        std::shared_ptr<Vertex> current = vertex(digest);
        if (!current) {
            current = std::make_shared<Vertex>();
            current->digest = digest;
            current->base = progressForVertexName(object.value(QLatin1String("name")).toString());
            m_vertices.append(current);
        }
        if (current->ended)
            continue;
        const QString started = object.value(QLatin1String("started")).toString();
        const QString completed = object.value(QLatin1String("completed")).toString();
        const QString errorText = object.value(QLatin1String("error")).toString();
        const bool cached = object.value(QLatin1String("cached")).toBool();
        if (!current->started && (!started.isEmpty() || cached)) {
            current->started = true;
            EngineProgress progress = current->base;
            progress.kind = EngineProgress::Kind::StepStarted;
            out.append(progress);
        }
        if (cached || !completed.isEmpty() || !errorText.isEmpty()) {
            current->ended = true;
            EngineProgress progress = current->base;
            if (!errorText.isEmpty()) {
                progress.kind = EngineProgress::Kind::StepFailed;
                progress.text = errorText;
                m_failed = true;
            } else if (cached) {
                progress.kind = EngineProgress::Kind::StepCached;
            } else {
                progress.kind = EngineProgress::Kind::StepFinished;
                const QDateTime begin = QDateTime::fromString(started, Qt::ISODateWithMs);
                const QDateTime end = QDateTime::fromString(completed, Qt::ISODateWithMs);
                if (begin.isValid() && end.isValid())
                    progress.seconds = begin.msecsTo(end) / 1000.0;
            }
            out.append(progress);
        }
    }
    const QJsonArray logs = status.value(QLatin1String("logs")).toArray();
    for (const QJsonValue &value : logs) {
        const QJsonObject object = value.toObject();
        const std::shared_ptr<Vertex> owner = vertex(object.value(QLatin1String("vertex")).toString());
        const QByteArray data = QByteArray::fromBase64(object.value(QLatin1String("data")).toString().toLatin1());
        QList<QByteArray> lines = data.split('\n');
        if (!lines.isEmpty() && lines.constLast().isEmpty())
            lines.removeLast();
        for (const QByteArray &text : std::as_const(lines)) {
            EngineProgress log = owner ? owner->base : EngineProgress();
            log.kind = EngineProgress::Kind::Log;
            log.text = QString::fromUtf8(text);
            out.append(log);
        }
    }
}

void BuildKitJsonProgressParser::close(int exitCode, QList<EngineProgress> &out)
{
    if (exitCode == 0 || m_failed)
        return;
    for (const auto &open : std::as_const(m_vertices)) {
        if (open->started && !open->ended && !open->base.internal) {
            EngineProgress failed = open->base;
            failed.kind = EngineProgress::Kind::StepFailed;
            failed.text = QStringLiteral("the engine exited with status %1").arg(exitCode);
            out.append(failed);
        }
    }
}

} // namespace Manifold::Build
