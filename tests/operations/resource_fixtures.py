"""A small portfolio of people, capacity and allocations whose utilisation is known
by hand (used by the what-if tests of operations, the CLI and the Resources view)."""

from __future__ import annotations

from pathlib import Path

from pmo_desktop.store import open_store

MONTHS = ["2027-01", "2027-02", "2027-03", "2027-04"]
#: (name, role, team, capacity per month of MONTHS)
PEOPLE = [
    ("Ann Lee", "Developer", "Platforms", [150, 150, 150, 150]),
    ("Bob Ray", "Developer", "Payments", [150, 150, 0, 150]),  # March: on leave
    ("Cat Moss", "Project Manager", "Platforms", [100, 100, 100, 100]),
]
#: (person, project, month, hours, booking)
ALLOCATIONS = [
    ("Ann Lee", "ALPHA", "2027-01", 120, "committed"),
    ("Ann Lee", "BETA", "2027-01", 60, "committed"),   # Ann Jan: 180/150 = 120 %
    ("Ann Lee", "ALPHA", "2027-02", 120, "committed"),
    ("Ann Lee", "BETA", "2027-02", 15, "proposed"),
    ("Bob Ray", "BETA", "2027-01", 75, "committed"),
    ("Bob Ray", "BETA", "2027-02", 75, "committed"),
    ("Cat Moss", "ALPHA", "2027-01", 50, "committed"),
    ("Cat Moss", "ALPHA", "2027-02", 50, "committed"),
]


def build_resource_portfolio(path: Path) -> Path:
    with open_store(path) as store:
        store.set_settings({"as_of": "2027-01-15"}, source="test")
        with store.write("test") as tx:
            roles = {r: tx.create("role", {"name": r}) for r in {p[1] for p in PEOPLE}}
            people = {}
            for name, role, team, caps in PEOPLE:
                people[name] = tx.create("resource", {"name": name, "role_id": roles[role],
                                                      "team": team, "hours_per_day": 7.5})
                for month, hours in zip(MONTHS, caps):
                    tx.create("capacity", {"resource_id": people[name], "period": month,
                                           "hours": hours})
            projects = {code: tx.create("project", {
                "code": code, "name": f"Project {code.title()}",
                "start_baseline": "2027-01-04", "finish_baseline": "2027-02-26"})
                for code in ("ALPHA", "BETA")}
            for person, code, month, hours, booking in ALLOCATIONS:
                tx.create("allocation", {"resource_id": people[person],
                                         "project_id": projects[code], "period": month,
                                         "hours": hours, "booking": booking})
    return path
