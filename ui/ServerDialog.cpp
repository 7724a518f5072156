#include "ServerDialog.h"

#include "InlineErrors.h"
#include "runtime/EngineHost.h"
#include "service/Services.h"
#include "store/SqlValues.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace fleetcron {

ServerDialog::ServerDialog(EngineHost &host, std::optional<qint64> serverId, QWidget *parent)
    : QDialog(parent)
    , m_host(host)
    , m_serverId(serverId) {
    setObjectName(QStringLiteral("ServerDialog"));
    setWindowTitle(serverId ? tr("Edit server") : tr("Add server"));
    m_errors = new InlineErrors(this);
    buildForm();
    updateAuthFields();
    validate();
    if (m_serverId) {
        m_loading = true;
        setBusy(true);
        m_saveError->setText(tr("Loading…"));
        m_saveError->setVisible(true);
        const qint64 id = *m_serverId;
        m_host.read(
            this, [id](Services &services) { return services.servers.find(id); },
            [this](StoreResult<Server> found) {
                m_loading = false;
                setBusy(false);
                if (!found) {
                    m_saveError->setText(found.error().toString());
                    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
                    return;
                }
                m_saveError->clear();
                m_saveError->setVisible(false);
                load(found.value());
            });
    }
}

void ServerDialog::buildForm() {
    auto *form = new QFormLayout;
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(QStringLiteral("web1"));
    m_errors->addRow(form, tr("&Name:"), m_name, QStringLiteral("name"));

    m_hostName = new QLineEdit;
    m_hostName->setObjectName(QStringLiteral("host"));
    m_hostName->setPlaceholderText(tr("host name or address"));
    m_errors->addRow(form, tr("&Host:"), m_hostName, QStringLiteral("host"));

    m_port = new QSpinBox;
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(22);
    m_errors->addRow(form, tr("&Port:"), m_port, QStringLiteral("port"));

    m_user = new QLineEdit;
    m_user->setObjectName(QStringLiteral("username"));
    m_errors->addRow(form, tr("&User:"), m_user, QStringLiteral("username"));

    m_auth = new QComboBox;
    m_auth->setObjectName(QStringLiteral("auth"));
    m_auth->addItem(tr("SSH agent"), int(AuthMethod::Agent));
    m_auth->addItem(tr("Key file"), int(AuthMethod::Key));
    m_auth->addItem(tr("Password"), int(AuthMethod::Password));
    m_errors->addRow(form, tr("&Login with:"), m_auth, QStringLiteral("auth"));

    auto *keyRow = new QWidget;
    auto *keyBox = new QHBoxLayout(keyRow);
    keyBox->setContentsMargins(0, 0, 0, 0);
    m_keyPath = new QLineEdit;
    m_keyPath->setObjectName(QStringLiteral("keyPath"));
    m_keyPath->setPlaceholderText(QStringLiteral("~/.ssh/id_ed25519"));
    m_browseKey = new QPushButton(tr("Browse…"));
    m_browseKey->setObjectName(QStringLiteral("browseKey"));
    keyBox->addWidget(m_keyPath, 1);
    keyBox->addWidget(m_browseKey);
    m_errors->addRow(form, tr("&Key file:"), keyRow, QStringLiteral("key_path"));

    m_passphrase = new QLineEdit;
    m_passphrase->setObjectName(QStringLiteral("keyPassphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_errors->addRow(form, tr("Key pass&phrase:"), m_passphrase, QStringLiteral("key_passphrase"));

    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_errors->addRow(form, tr("Pass&word:"), m_password, QStringLiteral("password"));

    m_policy = new QComboBox;
    m_policy->setObjectName(QStringLiteral("hostKeyPolicy"));
    m_policy->addItem(tr("Accept new (pin on first contact)"), int(HostKeyPolicy::AcceptNew));
    m_policy->addItem(tr("Strict (needs a pinned key)"), int(HostKeyPolicy::Strict));
    m_errors->addRow(form, tr("Host key &policy:"), m_policy, QStringLiteral("host_key_policy"));

    m_hostKey = new QLineEdit;
    m_hostKey->setObjectName(QStringLiteral("hostKey"));
    m_hostKey->setPlaceholderText(tr("not pinned yet (SHA256:…)"));
    m_errors->addRow(form, tr("Pinned host &key:"), m_hostKey, QStringLiteral("host_key_sha256"));

    m_tags = new QLineEdit;
    m_tags->setObjectName(QStringLiteral("tags"));
    m_tags->setPlaceholderText(tr("web, eu (comma-separated)"));
    m_errors->addRow(form, tr("&Tags:"), m_tags, QStringLiteral("tags"));

    // ssh's ProxyJump: other servers of the inventory, each with its own login and pin.
    m_jumps = new QLineEdit;
    m_jumps->setObjectName(QStringLiteral("jumpHosts"));
    m_jumps->setPlaceholderText(tr("none: connect directly (or server names, first hop first)"));
    m_jumps->setToolTip(tr("Reach this server through these servers, like ssh -J: the first is "
                           "connected to directly, each next one through the one before."));
    m_errors->addRow(form, tr("&Jump hosts:"), m_jumps, QStringLiteral("jump_hosts"));

    m_maxParallel = new QSpinBox;
    m_maxParallel->setObjectName(QStringLiteral("maxParallel"));
    m_maxParallel->setRange(1, 64);
    m_maxParallel->setValue(4);
    m_errors->addRow(form, tr("&Max. parallel:"), m_maxParallel, QStringLiteral("max_parallel"));

    m_enabled = new QCheckBox(tr("&Enabled (tasks run on it)"));
    m_enabled->setObjectName(QStringLiteral("enabled"));
    m_enabled->setChecked(true);
    form->addRow(QString(), m_enabled);

    auto *testRow = new QHBoxLayout;
    m_test = new QPushButton(tr("&Test connection"));
    m_test->setObjectName(QStringLiteral("testConnection"));
    testRow->addWidget(m_test);
    testRow->addStretch(1);
    m_connection = new QLabel;
    m_connection->setObjectName(QStringLiteral("connectionResult"));
    m_connection->setWordWrap(true);
    m_connection->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_saveError = new QLabel;
    m_saveError->setObjectName(QStringLiteral("saveError"));
    m_saveError->setWordWrap(true);
    m_saveError->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_saveError->setVisible(false);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->setObjectName(QStringLiteral("buttons"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(testRow);
    layout->addWidget(m_connection);
    layout->addWidget(m_saveError);
    // Spare height goes here, not into the rows of hidden error messages.
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ServerDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ServerDialog::reject);
    connect(m_test, &QPushButton::clicked, this, &ServerDialog::testConnection);
    connect(m_auth, &QComboBox::currentIndexChanged, this, [this] {
        updateAuthFields();
        validate();
    });
    connect(m_browseKey, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Private key"),
                                                          QFileInfo(m_keyPath->text()).path());
        if (!file.isEmpty())
            m_keyPath->setText(file);
    });
    for (QLineEdit *edit :
         {m_name, m_hostName, m_user, m_keyPath, m_passphrase, m_password, m_hostKey, m_tags})
        connect(edit, &QLineEdit::textChanged, this, &ServerDialog::validate);
    connect(m_port, &QSpinBox::valueChanged, this, &ServerDialog::validate);
    connect(m_maxParallel, &QSpinBox::valueChanged, this, &ServerDialog::validate);
}

void ServerDialog::load(const Server &server) {
    m_loaded = server;
    m_name->setText(server.name);
    m_hostName->setText(server.host);
    m_port->setValue(server.port);
    m_user->setText(server.username);
    m_auth->setCurrentIndex(m_auth->findData(int(server.auth)));
    m_keyPath->setText(server.keyPath);
    m_policy->setCurrentIndex(m_policy->findData(int(server.hostKeyPolicy)));
    m_hostKey->setText(server.hostKeySha256);
    m_tags->setText(server.tags.join(QStringLiteral(", ")));
    m_jumps->setText(ServerService::jumpHostNames(server).join(QStringLiteral(", ")));
    m_maxParallel->setValue(server.maxParallel);
    m_enabled->setChecked(server.enabled);
    // The stored secret is never shown; an empty field keeps it.
    m_password->setPlaceholderText(tr("unchanged"));
    m_passphrase->setPlaceholderText(tr("unchanged"));
    updateAuthFields();
    validate();
}

void ServerDialog::updateAuthFields() {
    const auto auth = AuthMethod(m_auth->currentData().toInt());
    m_keyPath->setEnabled(auth == AuthMethod::Key);
    m_browseKey->setEnabled(auth == AuthMethod::Key);
    m_passphrase->setEnabled(auth == AuthMethod::Key);
    m_password->setEnabled(auth == AuthMethod::Password);
}

void ServerDialog::validate() {
    const auto auth = AuthMethod(m_auth->currentData().toInt());
    m_errors->set(QStringLiteral("name"),
                  m_name->text().trimmed().isEmpty() ? tr("Give the server a name.") : QString());
    const QString hostText = m_hostName->text().trimmed();
    QString hostError;
    if (hostText.isEmpty())
        hostError = tr("Give a host name or address.");
    else if (hostText.contains(u' ') || hostText.contains(u'@') || hostText.contains(u'/'))
        hostError = tr("A host name has no spaces, '@' or '/'; put the user in User.");
    m_errors->set(QStringLiteral("host"), hostError);
    m_errors->set(QStringLiteral("username"),
                  m_user->text().trimmed().isEmpty() ? tr("Give the login user.") : QString());
    QString keyError;
    if (auth == AuthMethod::Key) {
        const QFileInfo key(m_keyPath->text().trimmed());
        if (m_keyPath->text().trimmed().isEmpty())
            keyError = tr("Key login needs a private key file.");
        else if (!key.isFile() || !key.isReadable())
            keyError = tr("Cannot read the key file '%1'.").arg(m_keyPath->text().trimmed());
    }
    m_errors->set(QStringLiteral("key_path"), keyError);
    const bool passwordStored = m_serverId && m_loaded.auth == AuthMethod::Password;
    m_errors->set(QStringLiteral("password"),
                  auth == AuthMethod::Password && !passwordStored && m_password->text().isEmpty()
                      ? tr("Password login needs a password.")
                      : QString());
    const QString pinText = m_hostKey->text().trimmed();
    m_errors->set(QStringLiteral("host_key_sha256"),
                  !pinText.isEmpty() && (!pinText.startsWith(QStringLiteral("SHA256:")) ||
                                         pinText.size() < 20 || pinText.contains(u' '))
                      ? tr("Expected a fingerprint like SHA256:…, as ssh-keygen -lf prints it.")
                      : QString());
    QString tagError;
    for (const QString &tag : SqlValues::splitTags(m_tags->text()))
        if (tag.contains(u' '))
            tagError = tr("A tag has no spaces: '%1'.").arg(tag);
    m_errors->set(QStringLiteral("tags"), tagError);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_errors->any() && !m_busy && !m_loading);
    m_test->setEnabled(m_errors->message(QStringLiteral("host")).isEmpty() &&
                       m_errors->message(QStringLiteral("username")).isEmpty() && !m_busy &&
                       !m_loading);
}

Server ServerDialog::serverFromFields() const {
    Server s = m_loaded;
    s.id = m_serverId.value_or(0);
    s.name = m_name->text().trimmed();
    s.host = m_hostName->text().trimmed();
    s.port = m_port->value();
    s.username = m_user->text().trimmed();
    s.auth = AuthMethod(m_auth->currentData().toInt());
    s.keyPath = s.auth == AuthMethod::Key
                    ? QFileInfo(m_keyPath->text().trimmed()).absoluteFilePath()
                    : QString();
    s.hostKeyPolicy = HostKeyPolicy(m_policy->currentData().toInt());
    s.hostKeySha256 = m_hostKey->text().trimmed();
    s.tags = SqlValues::splitTags(m_tags->text());
    s.maxParallel = m_maxParallel->value();
    s.enabled = m_enabled->isChecked();
    return s;
}

QStringList ServerDialog::jumpNames() const {
    QStringList names;
    for (const QString &name : m_jumps->text().split(u',', Qt::SkipEmptyParts))
        if (!name.trimmed().isEmpty())
            names << name.trimmed();
    return names;
}

std::optional<QString> ServerDialog::typedSecret() const {
    switch (AuthMethod(m_auth->currentData().toInt())) {
    case AuthMethod::Password:
        if (!m_password->text().isEmpty())
            return m_password->text();
        break;
    case AuthMethod::Key:
        if (!m_passphrase->text().isEmpty())
            return m_passphrase->text();
        break;
    case AuthMethod::Agent:
        break;
    }
    return std::nullopt;
}

void ServerDialog::setBusy(bool busy) {
    m_busy = busy;
    validate();
}

void ServerDialog::accept() {
    validate();
    if (m_errors->any() || m_busy || m_loading)
        return;
    const Server server = serverFromFields();
    const std::optional<QString> secret = typedSecret();
    const QStringList jumps = jumpNames();
    setBusy(true);
    m_saveError->setVisible(false);
    m_host.call(
        this,
        [server, secret, jumps](Services &services) -> StoreResult<Server> {
            auto withJumps = services.servers.withJumps(server, jumps);
            if (!withJumps)
                return withJumps.error();
            return services.servers.save(withJumps.value(), secret, Actor::console());
        },
        [this](StoreResult<Server> saved) {
            setBusy(false);
            if (!saved) {
                m_errors->refuseSave(saved.error(), m_saveError,
                                     m_buttons->button(QDialogButtonBox::Ok));
                return;
            }
            emit this->saved(saved.value());
            QDialog::accept();
        });
}

} // namespace fleetcron
