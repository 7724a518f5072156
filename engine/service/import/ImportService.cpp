#include "ImportService.h"

#include "AnsibleIniParser.h"
#include "AnsibleYamlParser.h"
#include "CommandName.h"
#include "CrontabParser.h"
#include "exec/SshTargetFactory.h"
#include "service/ServerService.h"
#include "service/TaskService.h"
#include "ssh/SshPool.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QSet>

#include <algorithm>

namespace fleetcron {
namespace {

// One server to import, as the ssh-config and inventory readers both describe it.
struct ServerSource {
    int line = 0;
    QString source;
    QString name;
    QString host;
    int port = 22;
    QString user;
    QString keyFile;
    QStringList tags;
    QStringList notes;
    QString proxyJump; // ssh-config: as written, "a,b" or "user@a:2222"
};

void addServer(ImportPlan &plan, const ServerSource &s, const ImportService::Options &options) {
    PlannedServer p;
    p.line = s.line;
    p.source = s.source;
    p.notes = s.notes;
    Server &server = p.server;
    server.name = options.prefix + s.name;
    server.host = s.host;
    server.port = s.port;
    server.username = s.user;
    if (server.username.isEmpty()) {
        server.username = options.defaultUser.isEmpty() ? Actor::osUser() : options.defaultUser;
        p.notes << QCoreApplication::translate("ImportService", "no user given: logs in as %1")
                       .arg(server.username);
    }
    server.auth = s.keyFile.isEmpty() ? AuthMethod::Agent : AuthMethod::Key;
    server.keyPath = s.keyFile;
    server.tags = s.tags + options.tags;
    server.tags.removeDuplicates();
    for (const QString &tag : server.tags)
        if (tag.contains(u','))
            plan.errors.append(
                {s.line, s.source, s.name,
                 QCoreApplication::translate("ImportService", "tag '%1' contains a comma")
                     .arg(tag)});
    plan.servers.append(p);
}

} // namespace

std::optional<ImportService::Kind> ImportService::kindFromString(const QString &name) {
    for (Kind k : {Kind::Crontab, Kind::SshConfig, Kind::Ansible})
        if (toString(k) == name)
            return k;
    return std::nullopt;
}

QString ImportService::toString(Kind kind) {
    switch (kind) {
    case Kind::Crontab:
        return QStringLiteral("crontab");
    case Kind::SshConfig:
        return QStringLiteral("ssh-config");
    case Kind::Ansible:
        break;
    }
    return QStringLiteral("ansible");
}

ImportService::ImportService(Database &db, SecretStore *secrets, ServerService &servers,
                             TaskService &tasks)
    : m_db(db)
    , m_secrets(secrets)
    , m_servers(servers)
    , m_tasks(tasks) {}

ImportPlan ImportService::plan(Kind kind, const QString &text, const Options &options) {
    ImportPlan plan;
    plan.kind = toString(kind);
    if (kind == Kind::Crontab)
        planCrontab(plan, text, options);
    else
        planServers(plan, text, options);
    checkNames(plan);
    return plan;
}

void ImportService::planCrontab(ImportPlan &plan, const QString &text, const Options &options) {
    const CrontabParser::Result parsed = CrontabParser::parse(text);
    plan.skipped = parsed.skipped;
    plan.errors = parsed.errors;

    // The targets, the same for every job: resolved once, each unknown name said once.
    QList<qint64> serverIds;
    QStringList targets;
    for (const QString &ref : options.servers) {
        auto found = m_servers.resolve(ref);
        if (!found) {
            plan.errors.append({0, {}, QStringLiteral("servers"), found.error().message});
            continue;
        }
        serverIds << found->id;
        targets << found->name;
    }
    for (const QString &tag : options.tags)
        targets << QStringLiteral("tag:") + tag;

    QSet<QString> names;
    for (const CrontabParser::Job &job : parsed.jobs) {
        PlannedTask p;
        p.line = job.line;
        p.notes = job.notes;
        p.targets = targets;
        Task &task = p.task;
        task = m_tasks.newTask();
        QString base = CommandName::derive(job.command);
        if (base.isEmpty())
            base = QStringLiteral("cron-line-%1").arg(job.line);
        task.name = CommandName::unique(options.prefix + base, names);
        task.kind = TaskKind::Command;
        task.body = job.command;
        task.schedule = job.schedule;
        task.timeZone = job.timeZone;
        task.serverIds = serverIds;
        task.serverTags = options.tags;
        // The same rules as a save.
        if (const FieldError e = TaskService::check(task); e.isError())
            plan.errors.append({job.line, {}, task.name, e.message});
        plan.tasks.append(p);
    }
    // Stricter than a single task, where no target means every server: a crontab comes from
    // one machine, and copying all of its jobs onto the whole fleet is never what was meant.
    if (options.servers.isEmpty() && options.tags.isEmpty() && !parsed.jobs.isEmpty())
        plan.errors.append(
            {0,
             {},
             QStringLiteral("servers"),
             QCoreApplication::translate("ImportService",
                                         "the tasks need a target: give servers or a tag")});
}

void ImportService::planServers(ImportPlan &plan, const QString &text, const Options &options) {
    QList<ServerSource> sources;
    if (plan.kind == toString(Kind::SshConfig)) {
        const QString home = options.home.isEmpty() ? QDir::homePath() : options.home;
        const auto parsed = SshConfigParser::parse(text, home, options.includes);
        plan.skipped = parsed.skipped;
        plan.errors = parsed.errors;
        for (const auto &h : parsed.hosts)
            sources.append({h.line,
                            h.source,
                            h.alias,
                            h.hostName,
                            h.port,
                            h.user,
                            h.identityFile,
                            {},
                            h.notes,
                            h.proxyJump});
    } else {
        const auto parsed = AnsibleYamlParser::looksLikeYaml(text) ? AnsibleYamlParser::parse(text)
                                                                   : AnsibleIniParser::parse(text);
        plan.skipped = parsed.skipped;
        plan.errors = parsed.errors;
        for (const auto &h : parsed.hosts)
            sources.append(
                {h.line, {}, h.name, h.host, h.port, h.user, h.keyFile, h.groups, h.notes, {}});
    }
    QStringList aliases;
    QStringList proxyJumps;
    for (const ServerSource &s : sources) {
        addServer(plan, s, options);
        aliases << s.name;
        proxyJumps << s.proxyJump;
    }
    mapProxyJumps(plan, aliases, proxyJumps, options);
}

// ProxyJump hops ([user@]host[:port], comma-separated) become jump hosts when each names a
// Host of this import or a server that exists; otherwise the server is imported without them,
// which the notes say (it is then reached directly).
void ImportService::mapProxyJumps(ImportPlan &plan, const QStringList &aliases,
                                  const QStringList &proxyJumps, const Options &options) {
    QSet<QString> existing;
    if (auto servers = m_servers.list())
        for (const Server &s : servers.value())
            existing.insert(s.name);
    const QSet<QString> imported(aliases.begin(), aliases.end());
    for (int i = 0; i < proxyJumps.size() && i < plan.servers.size(); ++i) {
        const QString jump = proxyJumps.at(i).trimmed();
        if (jump.isEmpty())
            continue;
        QStringList names;
        QStringList unknown;
        for (QString hop : jump.split(u',', Qt::SkipEmptyParts)) {
            hop = hop.trimmed();
            hop = hop.mid(hop.lastIndexOf(u'@') + 1); // the hop's own user: its record's
            if (const qsizetype colon = hop.lastIndexOf(u':'); colon > 0 && !hop.contains(u']'))
                hop.truncate(colon);
            if (imported.contains(hop))
                names << options.prefix + hop;
            else if (existing.contains(hop))
                names << hop;
            else
                unknown << hop;
        }
        PlannedServer &p = plan.servers[i];
        if (unknown.isEmpty()) {
            p.jumpHosts = names;
            continue;
        }
        p.notes << QCoreApplication::translate("ImportService",
                                               "ProxyJump %1: %2 is not a server this import or "
                                               "Fleetcron knows; imported without jump hosts and "
                                               "reached directly (add it, then server edit --jump)")
                       .arg(jump, unknown.join(QStringLiteral(", ")));
    }
}

// Names must be new: an import creates, it never overwrites (a second import of the same
// file is refused as a whole, saying which names exist).
void ImportService::checkNames(ImportPlan &plan) {
    QSet<QString> existingServers;
    QSet<QString> existingTasks;
    if (auto servers = m_servers.list())
        for (const Server &s : servers.value())
            existingServers.insert(s.name);
    if (auto tasks = m_tasks.list())
        for (const Task &t : tasks.value())
            existingTasks.insert(t.name);
    QSet<QString> seen;
    for (const PlannedServer &p : plan.servers) {
        if (existingServers.contains(p.server.name))
            plan.errors.append(
                {p.line, p.source, p.server.name,
                 QCoreApplication::translate("ImportService", "a server named '%1' already exists")
                     .arg(p.server.name),
                 true});
        else if (seen.contains(p.server.name))
            plan.errors.append(
                {p.line, p.source, p.server.name,
                 QCoreApplication::translate("ImportService", "server '%1' is named twice")
                     .arg(p.server.name)});
        seen.insert(p.server.name);
    }
    for (const PlannedTask &p : plan.tasks)
        if (existingTasks.contains(p.task.name))
            plan.errors.append(
                {p.line, p.source, p.task.name,
                 QCoreApplication::translate("ImportService", "a task named '%1' already exists")
                     .arg(p.task.name),
                 true});
}

StoreResult<ImportPlan> ImportService::apply(const ImportPlan &plan, const Actor &actor) {
    if (plan.hasErrors())
        return StoreError::make(
            plan.hasConflict() ? StoreError::Kind::Conflict : StoreError::Kind::Invalid,
            QCoreApplication::translate("ImportService", "%1 problem(s), nothing imported: %2")
                .arg(plan.errors.size())
                .arg(plan.errorSummary()),
            QStringLiteral("text"));
    ImportPlan done = plan;
    // One transaction: the services' own transactions join it, so a failure at the last item
    // takes back the first ones and their audit entries.
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    auto failedAt = [](int line, const QString &source, const StoreError &e) {
        StoreError error = e;
        const QString where =
            source.isEmpty()
                ? QCoreApplication::translate("ImportService", "line %1").arg(line)
                : QCoreApplication::translate("ImportService", "%1 line %2").arg(source).arg(line);
        error.message = QCoreApplication::translate("ImportService", "%1: %2; nothing imported")
                            .arg(where, e.message);
        return error;
    };
    // Jump hosts first: a server is saved once every server it jumps through is.
    QList<PlannedServer *> waiting;
    for (PlannedServer &p : done.servers)
        waiting << &p;
    while (!waiting.isEmpty()) {
        QSet<QString> pending;
        for (const PlannedServer *p : waiting)
            pending.insert(p->server.name);
        const auto ready = [&](const PlannedServer *p) {
            for (const QString &hop : p->jumpHosts)
                if (pending.contains(hop) && hop != p->server.name)
                    return false;
            return true;
        };
        const auto next = std::find_if(waiting.begin(), waiting.end(), ready);
        // None ready: their jump hosts go round in a circle; save one and let the service say so.
        PlannedServer &p = **(next == waiting.end() ? waiting.begin() : next);
        waiting.erase(next == waiting.end() ? waiting.begin() : next);
        if (!p.jumpHosts.isEmpty()) {
            auto ids = m_servers.resolveJumps(p.jumpHosts);
            if (!ids)
                return failedAt(p.line, p.source, ids.error());
            p.server.jumpIds = ids.value();
        }
        auto saved = m_servers.save(p.server, std::nullopt, actor);
        if (!saved)
            return failedAt(p.line, p.source, saved.error());
        p.server = saved.value();
    }
    for (PlannedTask &p : done.tasks) {
        auto saved = m_tasks.save(p.task, actor);
        if (!saved)
            return failedAt(p.line, p.source, saved.error());
        p.task = saved.value();
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    done.applied = true;
    return done;
}

StoreResult<QString> ImportService::readCrontab(const QString &serverRef, const Actor &actor,
                                                int timeoutMs) {
    auto server = m_servers.resolve(serverRef);
    if (!server)
        return server.error();
    const SshTargetFactory::Result made = SshTargetFactory::make(server.value(), m_secrets);
    if (!made.error.isEmpty())
        return StoreError::make(StoreError::Kind::Unavailable, made.error, QStringLiteral("from"));
    // A pool of its own, so a server behind jump hosts is reached through them.
    SshPool pool;
    const SshExecResult r =
        pool.exec(made.target, SshCommand::shell(QStringLiteral("crontab -l"), timeoutMs));
    if (!r.commandStarted)
        return StoreError::make(StoreError::Kind::Unavailable,
                                QStringLiteral("server '%1': %2").arg(server->name, r.error),
                                QStringLiteral("from"));
    // As a run would: accept-new pins the key seen on first contact.
    if (r.hostKeyNewlyPinned)
        (void)m_servers.pinHostKey(server->id, r.hostKeyFingerprint, actor);
    const QString err = QString::fromUtf8(r.stderrData).trimmed();
    if (r.ok())
        return QString::fromUtf8(r.stdoutData);
    // cron says so on stderr with exit 1 when the user has no crontab: nothing to import.
    if (err.startsWith(QStringLiteral("no crontab for")))
        return QString();
    return StoreError::make(StoreError::Kind::Unavailable,
                            QStringLiteral("server '%1': `crontab -l` failed: %2")
                                .arg(server->name, err.isEmpty() ? r.error : err),
                            QStringLiteral("from"));
}

} // namespace fleetcron
