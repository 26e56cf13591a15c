#include "ui/inspector/configmodel.h"

namespace Manifold::Ui {

namespace {

QString commandText(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return {};
    QStringList quoted;
    for (const QString &argument : arguments)
        quoted.append(QLatin1Char('"') + QString(argument).replace(QLatin1Char('"'), QStringLiteral("\\\"")) + QLatin1Char('"'));
    return QLatin1Char('[') + quoted.join(QStringLiteral(", ")) + QLatin1Char(']');
}

} // namespace

ConfigModel::ConfigModel(QObject *parent)
    : QStandardItemModel(parent)
{
    clearConfig();
}

void ConfigModel::clearConfig()
{
    clear();
    setHorizontalHeaderLabels({tr("Field"), tr("Value")});
}

int ConfigModel::rowOf(const QString &fieldId) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (item(row, FieldColumn)->data(FieldIdRole).toString() == fieldId)
            return row;
    }
    return -1;
}

void ConfigModel::setConfig(const Oci::ImageConfig &config)
{
    clearConfig();
    auto addRow = [this](QStandardItem *parent, const QString &id, const QString &field, const QString &value) {
        auto fieldItem = new QStandardItem(field);
        fieldItem->setData(id, FieldIdRole);
        fieldItem->setEditable(false);
        auto valueItem = new QStandardItem(value);
        valueItem->setEditable(false);
        valueItem->setToolTip(value);
        (parent ? parent : invisibleRootItem())->appendRow({fieldItem, valueItem});
        return fieldItem;
    };
    addRow(nullptr, QStringLiteral("platform"), tr("Platform"), config.platform().toDisplayString());
    addRow(nullptr, QStringLiteral("entrypoint"), tr("Entrypoint"), commandText(config.entrypoint()));
    addRow(nullptr, QStringLiteral("cmd"), tr("Cmd"), commandText(config.cmd()));
    addRow(nullptr, QStringLiteral("workingDir"), tr("Working directory"), config.workingDir());
    addRow(nullptr, QStringLiteral("user"), tr("User"), config.user());
    addRow(nullptr, QStringLiteral("created"), tr("Created"), config.created());

    QStandardItem *env = addRow(nullptr, QStringLiteral("env"), tr("Environment"), tr("%n variable(s)", nullptr, int(config.env().size())));
    for (const QString &variable : config.env()) {
        const qsizetype equals = variable.indexOf(QLatin1Char('='));
        addRow(env, QStringLiteral("env.item"), equals < 0 ? variable : variable.left(equals), equals < 0 ? QString() : variable.mid(equals + 1));
    }
    const QMap<QString, QString> labels = config.labels();
    QStandardItem *labelGroup = addRow(nullptr, QStringLiteral("labels"), tr("Labels"), tr("%n label(s)", nullptr, int(labels.size())));
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        addRow(labelGroup, QStringLiteral("labels.item"), it.key(), it.value());
    addRow(nullptr, QStringLiteral("ports"), tr("Exposed ports"), config.exposedPorts().join(QStringLiteral(", ")));

    const QList<Oci::HistoryEntry> history = config.history();
    QStandardItem *historyGroup = addRow(nullptr, QStringLiteral("history"), tr("History"), tr("%n step(s)", nullptr, int(history.size())));
    for (int i = 0; i < history.size(); ++i) {
        const Oci::HistoryEntry &step = history.at(i);
        QString text = step.createdBy;
        if (step.emptyLayer)
            text += tr("  (no layer)");
        addRow(historyGroup, QStringLiteral("history.item"), QString::number(i + 1), text);
    }
    QStandardItem *diffIds = addRow(nullptr, QStringLiteral("diffIds"), tr("Layer diff IDs"), tr("%n layer(s)", nullptr, int(config.diffIds().size())));
    for (const QString &diffId : config.diffIds())
        addRow(diffIds, QStringLiteral("diffIds.item"), QString(), diffId);
}

} // namespace Manifold::Ui
