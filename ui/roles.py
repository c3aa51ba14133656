"""The words for roles and permissions, in the UI language (the rules themselves live in assessment/access.py)."""

from __future__ import annotations

from ui.i18n import N_, _

ROLE_LABELS = {
    "admin": N_("Administrator"),
    "consultant": N_("Consultant"),
    "member": N_("Member"),
    "viewer": N_("Viewer"),
}

PERMISSION_LABELS = {
    "view": N_("read this enterprise's data"),
    "answer": N_("answer the assessment"),
    "evidence": N_("add or remove evidence files"),
    "records": N_("load or delete service records"),
    "actions": N_("plan or change corrective actions"),
    "profile": N_("edit the service system"),
    "rounds": N_("start or import assessment rounds"),
    "certificates": N_("record certificates"),
    "delete_round": N_("delete an assessment round"),
    "delete_certificate": N_("delete a certificate"),
    "enterprises": N_("create, edit or delete enterprises"),
    "settings": N_("change the settings"),
    "users": N_("manage users"),
}


def role_label(role: str) -> str:
    return _(ROLE_LABELS[role]) if role in ROLE_LABELS else role


def permission_label(permission: str) -> str:
    return _(PERMISSION_LABELS[permission]) if permission in PERMISSION_LABELS else permission
