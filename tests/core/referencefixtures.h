#pragma once
// Study-set JSON fixtures for tst_referenceparser. Kept out of the test's .cpp because moc does
// not read raw string literals reliably.
#include <QByteArray>
#include <QList>

namespace {

inline QByteArray entry(const QByteArray &overrides = {})
{
    QByteArray base = R"({"key": "dhcp", "kind": "service", "abbr": "DHCP",
        "name": "Dynamic Host Configuration Protocol", "summary": "Leases addresses.",
        "ports": [{"port": 67, "transport": "udp", "role": "server", "iana": "bootps"},
                  {"port": 68, "transport": "udp", "role": "client", "iana": "bootpc"}],
        "security": "insecure", "security_reason": "No authentication.",
        "category": "infrastructure",
        "exams": [{"id": "n10-009", "objective": "1.4"},
                  {"id": "220-1101", "objective": "2.1", "label": "DHCP"}],
        "sources": ["RFC 2131"], "notes": "Configuration, not Control.")";
    return base + overrides + "}";
}

inline QByteArray file(const QList<QByteArray> &entries)
{
    QByteArray out = "{\n  \"protocols\": [\n";
    for (qsizetype i = 0; i < entries.size(); ++i)
        out += (i ? ",\n" : "") + entries.at(i);
    return out + "\n  ]\n}\n";
}

} // namespace

inline QByteArray x11Entry()
{
    return R"({"key": "x11", "kind": "service", "abbr": "X11", "name": "X",
            "summary": "s", "ports": [{"port": 6000, "to": 6063, "transport": "tcp", "iana": "x11"}],
            "security": "insecure", "security_reason": "r", "category": "remote-access",
            "sources": ["IANA"], "notes": "n"})";
}

inline QByteArray oracleEntry()
{
    return R"({"key": "oracle", "kind": "service", "abbr": "TNS",
            "name": "Oracle", "summary": "s", "ports": [{"port": 1521, "transport": "tcp",
            "iana": null, "common_use": "Oracle's default listener"}], "security": "depends",
            "category": "databases",
            "security_reason": "r", "sources": ["Oracle"], "notes": "n"})";
}
