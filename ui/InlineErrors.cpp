#include "InlineErrors.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace fleetcron {

InlineErrors::InlineErrors(QObject *parent)
    : QObject(parent) {}

void InlineErrors::addRow(QFormLayout *form, const QString &label, QWidget *field,
                          const QString &name) {
    auto *cell = new QWidget;
    auto *box = new QVBoxLayout(cell);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(2);
    box->addWidget(field);
    auto *error = new QLabel(cell);
    error->setObjectName(name + QStringLiteral("Error"));
    error->setWordWrap(true);
    error->setStyleSheet(QStringLiteral("color: #b00020;"));
    error->setVisible(false);
    box->addWidget(error);
    form->addRow(label, cell);
    m_labels.insert(name, error);
}

void InlineErrors::set(const QString &name, const QString &message) {
    QLabel *error = m_labels.value(name);
    if (!error)
        return;
    error->setText(message);
    // setHidden rather than setVisible(true): a label of a dialog not shown yet stays pending.
    error->setHidden(message.isEmpty());
}

void InlineErrors::clearAll() {
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it)
        set(it.key(), QString());
}

bool InlineErrors::any() const {
    for (const QLabel *error : m_labels)
        if (!error->text().isEmpty())
            return true;
    return false;
}

QString InlineErrors::message(const QString &name) const {
    const QLabel *error = m_labels.value(name);
    return error ? error->text() : QString();
}

} // namespace fleetcron
