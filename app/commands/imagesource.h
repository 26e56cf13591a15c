#pragma once

#include "app/cli/command.h"
#include "core/oci/contentsource.h"
#include "core/oci/imagetree.h"
#include "core/registry/registrysession.h"
#include "core/utils/result.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <memory>

namespace Manifold::Cli {

// What an `inspect` / `verify` argument names: the source to read and the reference inside it.
struct ImageSource
{
    std::shared_ptr<Oci::ContentSource> source;
    QString reference; // tag / ref name / digest inside the source; empty = the source's default
    QString kind;      // "oci-layout", "oci-archive", "docker-archive" (registry: "registry")

    // For a registry read over plain HTTP (loopback or marked insecure): its domain; else empty.
    QString plainHttpDomain() const;
};

// Turns a command-line argument into a ContentSource:
//   DIR                          an OCI image layout directory
//   oci:DIR[:REF]                the same, with a ref name or digest
//   FILE                         an OCI archive or a `docker save` archive (sniffed)
//   oci-archive:FILE[:REF]       a tar of an OCI layout
//   docker-archive:FILE[:REF]    a `docker save` archive; REF is a RepoTags entry
// Registry references are resolved in one marked place in imagesource.cpp.
class ImageSourceResolver
{
public:
    static Result<ImageSource> resolve(const QString &argument,
                                       const Registry::RegistryConfig &config = Registry::RegistryConfig::fromEnvironment());
    // Splits "PATH[:REF]": the shortest existing PATH prefix wins, so REF may hold colons.
    static void splitPathAndReference(const QString &text, QString &path, QString &reference);
};

// Loads the image tree on a worker thread while this thread's event loop keeps running (a
// registry source completes its futures on it).
Result<Oci::ImageTree> loadImageTree(const ImageSource &image, const Oci::ImageTreeOptions &options);

QString formatSize(qint64 bytes);

// What `inspect` and `verify` share: the image argument, --json, --platform, the registry trust
// options, errors printed one way (JSON on stdout with --json, text on stderr otherwise), the
// argument resolved and its tree loaded, and the plain-HTTP notice of a registry source.
class ImageCommand
{
    Q_DECLARE_TR_FUNCTIONS(Manifold::Cli::ImageCommand)

public:
    ImageCommand(QString command, Streams streams, const QString &summary, const QString &platformHelp);

    // Add command-specific options before parse().
    QCommandLineParser &parser() { return m_parser; }
    // False when the command should return `exitCode` (help, bad options, not one image).
    bool parse(const QStringList &arguments, int &exitCode);
    bool json() const { return m_parser.isSet(m_json); }
    // --platform, parsed; an empty list when not given.
    Result<QList<Platform>> platforms() const;
    int fail(const Error &error, int code) const;
    // Resolves the image argument and loads its tree.
    Result<Oci::ImageTree> load(const Oci::ImageTreeOptions &options);

    // The source's transport in JSON ("transport", "plainHttp", "warnings"; registries only) and
    // as a text line ("Transport: …" over plain HTTP only).
    void addTransport(QJsonObject &object) const;
    void printTransport(QTextStream &out) const;

private:
    QString m_command;
    Streams m_streams;
    QCommandLineParser m_parser;
    QCommandLineOption m_json;
    QCommandLineOption m_platform;
    ImageSource m_image;
};

} // namespace Manifold::Cli
