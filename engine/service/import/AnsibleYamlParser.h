#pragma once

#include "AnsibleInventory.h"

namespace fleetcron {

// An Ansible YAML inventory: top-level keys are groups (usually just `all`), each with
// optional `hosts:` (name: variables or nothing), `vars:` and `children:` (groups, the same
// shape). Read with InventoryYaml, whose limits (no lists, anchors, flow collections) apply.
class AnsibleYamlParser {
public:
    static AnsibleInventory::Result parse(const QString &text);
    // Whether `text` looks like YAML rather than INI (the CLI's choice when not told).
    static bool looksLikeYaml(const QString &text);
};

} // namespace fleetcron
