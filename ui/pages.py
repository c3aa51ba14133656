"""The app's pages, in menu order: the one list app.py builds its navigation from (and the tests walk)."""

from __future__ import annotations

from dataclasses import dataclass

from ui.i18n import N_


@dataclass(frozen=True)
class PageSpec:
    section: str  # msgid of the menu section; "" for the top entry
    path: str  # the page's script, relative to the repository root
    title: str  # msgid
    icon: str
    url_path: str
    default: bool = False
    permission: str = ""  # shown in the menu only to those who have it (the page refuses the others itself)


PAGES: tuple[PageSpec, ...] = (
    PageSpec("", "ui/portfolio.py", N_("Portfolio"), ":material/apartment:", "", default=True),
    PageSpec(N_("Assessment"), "ui/wizard.py", N_("Assessment wizard"), ":material/checklist:", "wizard"),
    PageSpec(N_("Assessment"), "ui/special.py", N_("Special findings"), ":material/flag:", "special"),
    PageSpec(N_("Assessment"), "ui/results.py", N_("Results and gaps"), ":material/insights:", "results"),
    PageSpec(N_("Assessment"), "ui/compare.py", N_("Compare rounds"), ":material/compare_arrows:", "compare"),
    PageSpec(N_("Assessment"), "ui/report.py", N_("Report"), ":material/picture_as_pdf:", "report"),
    PageSpec(N_("Assessment"), "ui/service_records.py", N_("Service records"), ":material/support_agent:", "records"),
    PageSpec(N_("Certification"), "ui/service_system.py", N_("Service system"), ":material/menu_book:", "service"),
    PageSpec(N_("Certification"), "ui/certification.py", N_("Certification calendar"), ":material/event:", "calendar"),
    PageSpec(N_("Certification"), "ui/transfer.py", N_("Import and export"), ":material/swap_horiz:", "transfer"),
    PageSpec(N_("Certification"), "ui/settings.py", N_("Settings"), ":material/settings:", "settings"),
    PageSpec(N_("Certification"), "ui/users.py", N_("Users"), ":material/group:", "users", permission="users"),
)

PAGE_PATHS: tuple[str, ...] = tuple(p.path for p in PAGES)
