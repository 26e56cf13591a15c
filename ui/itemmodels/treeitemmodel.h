#pragma once

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace Manifold::Ui {

// The part of a tree node every tree model needs: it owns its children and knows its parent
// and its row. `Node` derives from TreeNode<Node> and adds what the model shows.
template <typename Node>
struct TreeNode
{
    Node *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;

    Node *adopt(std::unique_ptr<Node> child)
    {
        child->parent = static_cast<Node *>(this);
        child->row = int(children.size());
        children.push_back(std::move(child));
        return children.back().get();
    }

    void removeChild(int at)
    {
        children.erase(children.begin() + at);
        for (size_t i = size_t(at); i < children.size(); ++i)
            children[i]->row = int(i);
    }
};

// index(), parent() and rowCount() over a tree of `Node`s below an invisible root, with a fixed
// column count; children hang off column 0 only. Subclasses add data(), hasChildren(), fetching.
template <typename Node>
class TreeItemModel : public QAbstractItemModel
{
public:
    using QObject::parent;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override
    {
        if (column < 0 || column >= m_columns || (parent.isValid() && parent.column() != 0))
            return {};
        const Node *node = nodeFor(parent);
        if (row < 0 || row >= int(node->children.size()))
            return {};
        return createIndex(row, column, node->children[size_t(row)].get());
    }

    QModelIndex parent(const QModelIndex &child) const override
    {
        return child.isValid() ? indexFor(nodeFor(child)->parent) : QModelIndex();
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        if (parent.isValid() && parent.column() != 0)
            return 0;
        return int(nodeFor(parent)->children.size());
    }

    int columnCount(const QModelIndex & = {}) const override { return m_columns; }

protected:
    TreeItemModel(int columns, QObject *parent)
        : QAbstractItemModel(parent)
        , m_root(std::make_unique<Node>())
        , m_columns(columns)
    {
    }

    Node *nodeFor(const QModelIndex &index) const
    {
        return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
    }

    QModelIndex indexFor(const Node *node, int column = 0) const
    {
        if (!node || node == m_root.get())
            return {};
        return createIndex(node->row, column, const_cast<Node *>(node));
    }

    std::unique_ptr<Node> m_root; // invisible

private:
    int m_columns;
};

} // namespace Manifold::Ui
