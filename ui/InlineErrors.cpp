#include "InlineErrors.h"

#include "store/StoreError.h"

#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace fleetcron {

InlineErrors::InlineErrors(QObject *parent)
    : QObject(parent) {}

void InlineErrors::addRow(QFormLayout *form, const QString &label, QWidget *field,
                          const QString &name) {
    form->addRow(label, field);
    auto *error = new QLabel;
    error->setObjectName(name + QStringLiteral("Error"));
    error->setWordWrap(true);
    error->setStyleSheet(QStringLiteral("color: #b00020;"));
    form->addRow(QString(), error);
    form->setRowVisible(error, false);
    m_labels.insert(name, error);
    m_forms.insert(name, form);
}

void InlineErrors::set(const QString &name, const QString &message) {
    QLabel *error = m_labels.value(name);
    if (!error)
        return;
    error->setText(message);
    m_forms.value(name)->setRowVisible(error, !message.isEmpty());
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

bool InlineErrors::showRefusal(const StoreError &error, QLabel *banner) {
    // The service's sentence as it is, the same words the CLI and the API give (the banner's red
    // says it was refused); the driver's own words, when there are any, in the tooltip.
    banner->setText(error.message);
    banner->setToolTip(error.toString());
    banner->setVisible(true);
    if (error.field.isEmpty() || !has(error.field))
        return false;
    set(error.field, error.message);
    return true;
}

void InlineErrors::refuseSave(const StoreError &error, QLabel *banner, QPushButton *ok) {
    if (showRefusal(error, banner))
        ok->setEnabled(false);
}

} // namespace fleetcron
