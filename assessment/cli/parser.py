"""The argument parser: every verb, its flags and its handler."""

from __future__ import annotations

import argparse

from criteria import LANGUAGES

from ..access import ROLES
from .actions import cmd_actions
from .audit import cmd_audit
from .calendar import cmd_calendar
from .catalogs import cmd_catalog_add, cmd_catalog_list, cmd_catalog_show, cmd_catalog_validate
from .common import DEFAULT_LANG, iso_date, positive_int, usage, year_month
from .fill import cmd_workbook
from .evidence import cmd_evidence_add, cmd_evidence_list, cmd_evidence_remove
from .gaps import cmd_gaps
from .manual import cmd_manual
from .pack import cmd_pack
from .portfolio import cmd_portfolio
from .records import cmd_export, cmd_import, cmd_list
from .remind import cmd_remind
from .report import cmd_report
from .scores import cmd_score, cmd_whatif
from .records_monthly import cmd_records_monthly
from .service_records import cmd_records_import, cmd_records_kpi, cmd_records_sample, cmd_records_suppliers
from .users import (cmd_user_add, cmd_user_disable, cmd_user_grant, cmd_user_language, cmd_user_list, cmd_user_passwd,
                    cmd_user_revoke)

VERBS = ("catalog", "score", "gaps", "whatif", "calendar", "import", "export", "list", "report", "manual",
         "records", "evidence", "portfolio", "pack", "actions", "workbook",
         "user", "audit", "remind")

FILE_HELP = "an assessment exchange file (.json), or the id of a stored assessment"
CATALOG_HELP = "catalog file (default: the built-in catalog when the file's catalog id matches)"


def build_parser() -> argparse.ArgumentParser:
    # Global options may come before or after the verb: the parent parser suppresses its defaults so a
    # verb's copy never overwrites a value given before the verb.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS,
                        help=f"language of human-readable output (default {DEFAULT_LANG})")
    common.add_argument("--db", metavar="URL", default=argparse.SUPPRESS,
                        help="database URL (default: DATABASE_URL, else the local SQLite file)")

    parser = argparse.ArgumentParser(
        prog="python -m assessment",
        description="GB/T 27922-2011 after-sales service self-assessment: score, gaps, calendar, store.",
    )
    parser.add_argument("--lang", choices=LANGUAGES, default=DEFAULT_LANG,
                        help=f"language of human-readable output (default {DEFAULT_LANG})")
    parser.add_argument("--db", metavar="URL", default=None,
                        help="database URL (default: DATABASE_URL, else the local SQLite file)")
    verbs = parser.add_subparsers(title="verbs", metavar="VERB")

    def verb(name: str, handler, help: str) -> argparse.ArgumentParser:
        p = verbs.add_parser(name, parents=[common], help=help, description=help)
        p.set_defaults(handler=handler)
        return p

    _catalog(verb, common)

    p = verb("score", cmd_score, "score an assessment: base, deductions, bonus, final score and level")
    p.add_argument("file", metavar="FILE", help=FILE_HELP)
    p.add_argument("--catalog", metavar="PATH", help=CATALOG_HELP)
    p.add_argument("--json", action="store_true", help="machine-readable output")

    p = verb("gaps", cmd_gaps, "items that lost points, by indicator, and the cheapest path to each higher level")
    p.add_argument("file", metavar="FILE", help=FILE_HELP)
    p.add_argument("--catalog", metavar="PATH", help=CATALOG_HELP)
    p.add_argument("--effort", metavar="FILE", help="JSON object mapping item id to effort (a whole number >= 1)")
    p.add_argument("--json", action="store_true", help="machine-readable output")

    p = verb("whatif", cmd_whatif, "the score and level if the given items were met")
    p.add_argument("file", metavar="FILE", help=FILE_HELP)
    p.add_argument("--fix", metavar="ID", action="append", required=True, help="item id (repeatable)")
    p.add_argument("--catalog", metavar="PATH", help=CATALOG_HELP)
    p.add_argument("--json", action="store_true", help="machine-readable output")

    p = verb("calendar", cmd_calendar,
             "surveillance, recertification and expiry dates of the certificate of a file or stored assessment")
    p.add_argument("file", metavar="FILE", help=FILE_HELP)
    p.add_argument("--today", metavar="DATE", type=iso_date, help="the day to judge statuses on (YYYY-MM-DD)")
    p.add_argument("--ics", metavar="OUT", help="also write an iCalendar file with reminders")
    p.add_argument("--catalog", metavar="PATH", help="catalog whose cycle rules apply (default: a stored certificate's catalog, else built-in)")
    p.add_argument("--json", action="store_true", help="machine-readable output")

    p = verb("import", cmd_import, "import exchange files (or stage-1 packs) into the database, or apply a "
                                   "filled-in workbook")
    p.add_argument("files", metavar="FILE", nargs="+")
    p.add_argument("--force", action="store_true",
                   help="store a file even when an identical round is already stored (default: skip it); for a "
                        "workbook made from an older version, apply only the cells changed in it")
    p.add_argument("--dry-run", action="store_true", help="check and show what would change; write nothing")

    p = verb("export", cmd_export, "export a stored assessment as an exchange file")
    p.add_argument("id", metavar="ID", type=positive_int)
    p.add_argument("-o", "--output", metavar="FILE", required=True)

    p = verb("list", cmd_list, "list stored assessments")
    p.add_argument("--json", action="store_true", help="machine-readable output")

    p = verb("report", cmd_report, "write a PDF (and HTML) report of one assessment, or of all stored ones")
    p.add_argument("source", metavar="FILE_OR_ID", nargs="?", help=FILE_HELP)
    p.add_argument("-o", "--output", metavar="OUT.pdf", help="PDF file to write")
    p.add_argument("--html", metavar="OUT.html", help="also (or only) write the HTML")
    p.add_argument("--all", action="store_true", help="one report per stored assessment")
    p.add_argument("--out-dir", metavar="DIR", help="folder for --all")
    p.add_argument("--jobs", metavar="N", type=positive_int, help="worker processes for --all (default: CPUs)")
    p.add_argument("--catalog", metavar="PATH", help=CATALOG_HELP)
    p.add_argument("--today", metavar="DATE", type=iso_date, help="report date (default: today)")

    p = verb("manual", cmd_manual,
             "draft the after-sales service manual from the service profile: Word (.docx) and PDF")
    p.add_argument("source", metavar="FILE_OR_ID",
                   help="an exchange file (its service_profile), or the id of a stored assessment (its enterprise)")
    p.add_argument("-o", "--output", metavar="OUT.docx", help="Word document to write")
    p.add_argument("--pdf", metavar="OUT.pdf", help="also (or only) write the PDF")
    p.add_argument("--catalog", metavar="PATH", help=CATALOG_HELP)
    p.add_argument("--today", metavar="DATE", type=iso_date, help="date of a draft's revision record (default: today)")

    _records(verb, common)
    _evidence(verb, common)

    p = verb("portfolio", cmd_portfolio,
             "every enterprise: latest assessment, current certificate and the next date due")
    p.add_argument("--today", metavar="DATE", type=iso_date, help="the day to judge statuses on (YYYY-MM-DD)")
    p.add_argument("--json", action="store_true", help="machine-readable output")

    p = verb("pack", cmd_pack, "write the stage-1 document pack of a stored assessment: a zip of its exchange file, "
                               "an index (PDF and .xlsx) and its evidence files")
    p.add_argument("assessment_id", metavar="ASSESSMENT_ID", type=positive_int)
    p.add_argument("-o", "--output", metavar="PACK.zip", required=True)

    p = verb("actions", cmd_actions,
             "the corrective-action plan of a stored assessment: each action's status, and which are overdue")
    p.add_argument("assessment_id", metavar="ASSESSMENT_ID", type=positive_int)
    p.add_argument("--overdue", action="store_true", help="only the actions not done yet and past their due date")
    p.add_argument("--today", metavar="DATE", type=iso_date, help="the day overdue is judged on (default: today)")
    p.add_argument("--json", action="store_true", help="machine-readable output")

    p = verb("workbook", cmd_workbook, "write the fill-in workbook of a stored assessment (.xlsx), to fill offline "
                                       "and bring back with import")
    p.add_argument("assessment_id", metavar="ASSESSMENT_ID", type=positive_int)
    p.add_argument("-o", "--output", metavar="FILL.xlsx", required=True)

    _user(verb, common)

    p = verb("audit", cmd_audit, "the audit trail, oldest first: who changed what, when, from what to what")
    p.add_argument("--enterprise", metavar="ID", type=positive_int, help="only this enterprise's entries")
    p.add_argument("--assessment", metavar="ID", type=positive_int, help="only this assessment's entries")
    p.add_argument("--since", metavar="DATE", type=iso_date, help="only entries from this day on (YYYY-MM-DD, UTC)")
    p.add_argument("--json", action="store_true", help="machine-readable output")

    p = verb("remind", cmd_remind, "e-mail what is due (cycle dates at the catalog's lead days, corrective actions) "
                                   "to each enterprise's contact address and assigned users, once a day")
    p.add_argument("--today", metavar="DATE", type=iso_date, help="the day to remind on (YYYY-MM-DD; default today)")
    p.add_argument("--dry-run", action="store_true", help="print what would go; send and log nothing")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    return parser


def _user(verb, common) -> None:
    p = verb("user", None, "user accounts of the app: add, list, grant or revoke an enterprise, disable, set a "
                           "password")
    sub = p.add_subparsers(title="user verbs", metavar="ACTION")
    password = dict(action="store_true", required=True,
                    help="read the password from standard input (its first line); it is never shown")
    q = sub.add_parser("add", parents=[common], help="add an account with a role and its enterprises")
    q.add_argument("email", metavar="EMAIL")
    q.add_argument("--role", choices=ROLES, required=True)
    q.add_argument("--enterprise", metavar="ID", type=positive_int, action="append",
                   help="an enterprise the user works on (repeatable; an admin has them all)")
    q.add_argument("--name", metavar="NAME", help="the name the app and the audit trail show")
    q.add_argument("--language", choices=LANGUAGES, default="zh",
                   help="the language of the user's reminder e-mails (default zh)")
    q.add_argument("--password-stdin", **password)
    q.set_defaults(handler=cmd_user_add)
    q = sub.add_parser("list", parents=[common], help="every account: role, enterprises, state, last sign-in")
    q.add_argument("--json", action="store_true", help="machine-readable output")
    q.set_defaults(handler=cmd_user_list)
    for name, handler, text in (("grant", cmd_user_grant, "assign an enterprise to a user"),
                                ("revoke", cmd_user_revoke, "take an enterprise from a user")):
        q = sub.add_parser(name, parents=[common], help=text)
        q.add_argument("email", metavar="EMAIL")
        q.add_argument("--enterprise", metavar="ID", type=positive_int, required=True)
        q.set_defaults(handler=handler)
    q = sub.add_parser("disable", parents=[common], help="stop an account from signing in and sign out its browsers")
    q.add_argument("email", metavar="EMAIL")
    q.set_defaults(handler=cmd_user_disable)
    q = sub.add_parser("passwd", parents=[common], help="set a user's password (signs out the user's browsers)")
    q.add_argument("email", metavar="EMAIL")
    q.add_argument("--password-stdin", **password)
    q.set_defaults(handler=cmd_user_passwd)
    q = sub.add_parser("language", parents=[common], help="set the language of a user's reminder e-mails")
    q.add_argument("email", metavar="EMAIL")
    q.add_argument("language", metavar="LANGUAGE", choices=LANGUAGES)
    q.set_defaults(handler=cmd_user_language)
    p.set_defaults(handler=lambda args, parser=p: usage(parser))


def _evidence(verb, common) -> None:
    p = verb("evidence", None, "evidence files of an assessment's items: add, list, remove")
    sub = p.add_subparsers(title="evidence verbs", metavar="ACTION")
    q = sub.add_parser("add", parents=[common], help="attach a file (PDF, JPEG, PNG, docx, xlsx, pptx, text, CSV) "
                                                     "to an item")
    q.add_argument("assessment_id", metavar="ASSESSMENT_ID", type=positive_int)
    q.add_argument("item_id", metavar="ITEM_ID")
    q.add_argument("file", metavar="FILE")
    q.add_argument("--entry", metavar="ENTRY_ID", help="the item's evidence entry the file proves")
    q.add_argument("--note", metavar="TEXT")
    q.set_defaults(handler=cmd_evidence_add)
    q = sub.add_parser("list", parents=[common], help="the evidence files of an assessment")
    q.add_argument("assessment_id", metavar="ASSESSMENT_ID", type=positive_int)
    q.add_argument("--json", action="store_true", help="machine-readable output")
    q.set_defaults(handler=cmd_evidence_list)
    q = sub.add_parser("remove", parents=[common], help="detach an evidence file")
    q.add_argument("evidence_id", metavar="EVIDENCE_ID", type=positive_int)
    q.set_defaults(handler=cmd_evidence_remove)
    p.set_defaults(handler=lambda args, parser=p: usage(parser))


def _records(verb, common) -> None:
    from ..records.fields import KINDS

    p = verb("records", None, "service records: import a helpdesk or spreadsheet export, performance against the "
                              "company's own time limits")
    sub = p.add_subparsers(title="records verbs", metavar="ACTION")
    q = sub.add_parser("import", parents=[common], help="check every row of a CSV or .xlsx export, then upsert the "
                                                        "records by (enterprise, kind, id)")
    q.add_argument("enterprise_id", metavar="ENTERPRISE_ID", type=positive_int)
    q.add_argument("file", metavar="FILE")
    q.add_argument("--kind", choices=KINDS, help="the kind of every row (default: the file's kind column)")
    q.add_argument("--mapping", metavar="MAPPING.yaml", help="which column holds which field (kept for next time)")
    q.add_argument("--dry-run", action="store_true", help="check and count, store nothing")
    q.add_argument("--json", action="store_true", help="machine-readable output")
    q.set_defaults(handler=cmd_records_import)
    q = sub.add_parser("kpi", parents=[common], help="counts and on-time rates against the profile's time limits")
    q.add_argument("enterprise_id", metavar="ENTERPRISE_ID", type=positive_int)
    q.add_argument("--kind", choices=KINDS)
    q.add_argument("--from", dest="date_from", metavar="DATE", type=iso_date, help="first day of receipt")
    q.add_argument("--to", dest="date_to", metavar="DATE", type=iso_date, help="last day of receipt")
    q.add_argument("--today", metavar="DATE", type=iso_date, help="the day overdue is judged on (default: today)")
    q.add_argument("--json", action="store_true", help="machine-readable output")
    q.set_defaults(handler=cmd_records_kpi)
    q = sub.add_parser("monthly", parents=[common], help="the monthly complaint analysis for management: .xlsx "
                                                         "(and PDF)")
    q.add_argument("enterprise_id", metavar="ENTERPRISE_ID", type=positive_int)
    q.add_argument("--month", metavar="YYYY-MM", required=True, type=year_month)
    q.add_argument("-o", "--output", metavar="ANALYSIS.xlsx", required=True)
    q.add_argument("--pdf", metavar="ANALYSIS.pdf", help="also write the PDF")
    q.add_argument("--today", metavar="DATE", type=iso_date, help="the day overdue is judged on (default: today)")
    q.set_defaults(handler=cmd_records_monthly)
    q = sub.add_parser("sample", parents=[common], help="draw a reproducible random sample of records as an "
                                                        "assessor would; --apply writes it into a sampled item")
    q.add_argument("enterprise_id", metavar="ENTERPRISE_ID", type=positive_int)
    q.add_argument("--kind", choices=KINDS, required=True)
    q.add_argument("--n", metavar="N", type=positive_int, help="sample size (default: the catalog's rule)")
    q.add_argument("--from", dest="date_from", metavar="DATE", type=iso_date, help="first day of receipt")
    q.add_argument("--to", dest="date_to", metavar="DATE", type=iso_date, help="last day of receipt")
    q.add_argument("--seed", metavar="S", type=int, required=True, help="the same seed draws the same records")
    q.add_argument("--today", metavar="DATE", type=iso_date, help="the day overdue is judged on (default: today)")
    q.add_argument("--apply", metavar="ASSESSMENT_ID", type=positive_int, help="write the result into this assessment")
    q.add_argument("--item", metavar="ITEM_ID", help="the sampled item to write it into (with --apply)")
    q.add_argument("--json", action="store_true", help="machine-readable output")
    q.set_defaults(handler=cmd_records_sample)
    q = sub.add_parser("suppliers", parents=[common], help="per supplier: complaints about the same matter and the "
                                                           "measure the profile's supplier rules call for")
    q.add_argument("enterprise_id", metavar="ENTERPRISE_ID", type=positive_int)
    q.add_argument("--month", metavar="YYYY-MM", required=True, type=year_month)
    q.add_argument("--today", metavar="DATE", type=iso_date, help="the day overdue is judged on (default: today)")
    q.add_argument("--json", action="store_true", help="machine-readable output")
    q.set_defaults(handler=cmd_records_suppliers)
    p.set_defaults(handler=lambda args, parser=p: usage(parser))


def _catalog(verb, common) -> None:
    p = verb("catalog", None, "validate or show a criteria catalog; register one in the database, list them")
    sub = p.add_subparsers(title="catalog verbs", metavar="ACTION")
    q = sub.add_parser("validate", parents=[common], help="check a catalog file and list every problem")
    q.add_argument("path", metavar="PATH")
    q.set_defaults(handler=cmd_catalog_validate)
    q = sub.add_parser("show", parents=[common], help="print the catalog tree with points")
    q.add_argument("path", metavar="PATH")
    q.add_argument("--json", action="store_true", help="machine-readable output")
    q.set_defaults(handler=cmd_catalog_show)
    q = sub.add_parser("add", parents=[common], help="validate a catalog file and register it in the database")
    q.add_argument("path", metavar="PATH")
    q.set_defaults(handler=cmd_catalog_add)
    q = sub.add_parser("list", parents=[common], help="the catalogs the database knows (id, version, title, default)")
    q.add_argument("--json", action="store_true", help="machine-readable output")
    q.set_defaults(handler=cmd_catalog_list)
    p.set_defaults(handler=lambda args, parser=p: usage(parser))
