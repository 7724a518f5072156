#pragma once

#include <QHash>
#include <QObject>
#include <QString>

class QFormLayout;
class QLabel;
class QPushButton;
class QWidget;

namespace fleetcron {

struct StoreError;

// The messages a dialog shows beside its fields: each field gets a red label in the row right
// under it (named "<field>Error", so tests and screen readers find it); the row is hidden while
// the field is fine, so a correct form has no gaps.
// Dialogs ask any() to decide whether OK may be pressed.
class InlineErrors : public QObject {
    Q_OBJECT
public:
    explicit InlineErrors(QObject *parent = nullptr);

    // Adds a row holding `field`, and a hidden row for its error label, to `form`.
    void addRow(QFormLayout *form, const QString &label, QWidget *field, const QString &name);
    // Shows `message` beside the field, or hides the label when it is empty.
    void set(const QString &name, const QString &message);
    void clearAll();
    bool any() const;
    bool has(const QString &name) const { return m_labels.contains(name); }
    QString message(const QString &name) const;
    // A save the store refused: `banner` says so under the form, and the field the error names,
    // when the form has it, shows the reason beside it. Returns whether a field now shows an
    // error (OK stays disabled until that field is edited).
    bool showRefusal(const StoreError &error, QLabel *banner);
    // What a dialog does with a save the service refused: showRefusal, and OK stays off while the
    // refusal names a field (editing any field checks it afresh and clears it).
    void refuseSave(const StoreError &error, QLabel *banner, QPushButton *ok);

private:
    QHash<QString, QLabel *> m_labels;
    QHash<QString, QFormLayout *> m_forms;
};

} // namespace fleetcron
