#pragma once

#include "AnsibleInventory.h"

namespace fleetcron {

// An Ansible INI inventory: hosts before any section are ungrouped; [group] lists hosts with
// their variables (`web1 ansible_host=10.0.0.5 ansible_port=2222`, ranges like web[01:20]);
// [group:vars] sets the group's variables; [group:children] lists child groups. Comments start
// with # or ;. Values may be quoted; they are kept as text (no Python literals).
class AnsibleIniParser {
public:
    static AnsibleInventory::Result parse(const QString &text);
};

} // namespace fleetcron
