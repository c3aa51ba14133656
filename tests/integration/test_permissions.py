"""Every store operation and every use case, called as every role on an assigned and on a foreign enterprise:
allowed or refused (access.Forbidden), as the roles are described to users — not as the policy says, so a rule
put in the wrong place fails here. A refused call writes nothing."""

from __future__ import annotations

import inspect
import shutil
from dataclasses import dataclass
from datetime import date

import pytest

from assessment import usecases
from assessment.access import ROLES, Actor, Forbidden
from assessment.guard import POLICY, UNGUARDED, GuardedStore
from assessment.models import (Assessment, Audit, CatalogRef, Certificate, CorrectiveAction, Enterprise, Response,
                               SpecialDeduction)
from assessment.profile import default_profile
from assessment.store import Store
from criteria import default_catalog

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64

# What each kind of user may do, in the words of the role descriptions.
MAY = {
    "consultant": {"view", "answer", "evidence", "records", "actions", "profile", "rounds", "certificates",
                   "delete_round", "delete_certificate", "enterprises"},
    "member": {"view", "answer", "evidence", "records", "actions", "profile", "rounds", "certificates"},
    "viewer": {"view"},
}

# Each operation: what it does (a kind of work above) and how to call it on world `w` for target "own"/"foreign".
OPS: dict[str, tuple[str, object]] = {
    # reading
    "catalog": ("any", lambda g, w, t: g.catalog(w.cat.id, w.cat.version)),
    "list_catalogs": ("any", lambda g, w, t: g.list_catalogs()),
    "registered_catalogs": ("any", lambda g, w, t: g.registered_catalogs()),
    "default_catalog_for_new": ("any", lambda g, w, t: g.default_catalog_for_new()),
    "checked_catalog": ("any", lambda g, w, t: g.checked_catalog(w.blank(t))),
    "certificate_catalog": ("any", lambda g, w, t: g.certificate_catalog(w.cert_record(t))),
    "certificate_rules": ("any", lambda g, w, t: g.certificate_rules(w.cert_record(t))),
    "get_setting": ("any", lambda g, w, t: g.get_setting("x")),
    "evidence_limit": ("any", lambda g, w, t: g.evidence_limit()),
    "revision": ("any", lambda g, w, t: g.revision()),
    "on_commit": ("any", lambda g, w, t: g.on_commit(lambda r: None)),
    "get_enterprise": ("view", lambda g, w, t: g.get_enterprise(w.ent[t])),
    "latest_assessment": ("view", lambda g, w, t: g.latest_assessment(w.ent[t])),
    "rounds_on": ("view", lambda g, w, t: g.rounds_on(w.ent[t], w.ref, date(2026, 3, 1))),
    "service_profile": ("view", lambda g, w, t: g.service_profile(w.ent[t])),
    "profile_history": ("view", lambda g, w, t: g.profile_history(w.ent[t])),
    "manual_issues": ("view", lambda g, w, t: g.manual_issues(w.ent[t])),
    "covering_issue": ("view", lambda g, w, t: g.covering_issue(w.ent[t], "1.1.1")),
    "count_records": ("view", lambda g, w, t: g.count_records(w.ent[t])),
    "service_records": ("view", lambda g, w, t: g.service_records(w.ent[t])),
    "record_mapping": ("view", lambda g, w, t: g.record_mapping(w.ent[t])),
    "governing_catalog": ("view", lambda g, w, t: g.governing_catalog(w.ent[t], date(2026, 4, 1))),
    "get_assessment": ("view", lambda g, w, t: g.get_assessment(w.aid[t])),
    "previous_assessment": ("view", lambda g, w, t: g.previous_assessment(w.aid[t])),
    "list_evidence": ("view", lambda g, w, t: g.list_evidence(w.aid[t])),
    "evidence_counts": ("view", lambda g, w, t: g.evidence_counts(w.aid[t])),
    "item_history": ("view", lambda g, w, t: g.item_history(w.aid[t], "1.1.1")),
    "evidence_content": ("view", lambda g, w, t: g.evidence_content(w.evidence[t])),
    # writing
    "add_enterprise": ("new enterprise", lambda g, w, t: g.add_enterprise(Enterprise(name="新客户有限公司"))),
    "update_enterprise": ("enterprises", lambda g, w, t: g.update_enterprise(w.ent[t], Enterprise(name="改名公司"))),
    "set_archived": ("enterprises", lambda g, w, t: g.set_archived(w.ent[t])),
    "delete_enterprise": ("enterprises", lambda g, w, t: g.delete_enterprise(w.ent[t])),
    "add_assessment": ("rounds", lambda g, w, t: g.add_assessment(w.ent[t], w.blank(t))),
    "new_assessment": ("rounds", lambda g, w, t: g.new_assessment(w.ent[t], date(2026, 6, 1))),
    "set_response": ("answer", lambda g, w, t: g.set_response(w.aid[t], w.version(t), Response(item="1.1.1",
                                                                                              result="met"))),
    "clear_response": ("answer", lambda g, w, t: g.clear_response(w.aid[t], w.version(t), "1.1.1")),
    "set_special_findings": ("answer", lambda g, w, t: g.set_special_findings(
        w.aid[t], w.version(t), (SpecialDeduction(category="law", description="违规"),), None)),
    "update_header": ("answer", lambda g, w, t: g.update_header(w.aid[t], w.version(t), date(2026, 3, 2), "李四")),
    "confirm_reverified": ("answer", lambda g, w, t: g.confirm_reverified(w.aid[t], w.version(t), [])),
    "save_assessment": ("answer", lambda g, w, t: g.save_assessment(w.aid[t], w.version(t), w.blank(t))),
    "add_action": ("actions", lambda g, w, t: g.add_action(w.aid[t], w.version(t),
                                                           CorrectiveAction(item="1.1.1", description="整改"))),
    "set_action": ("actions", lambda g, w, t: g.set_action(w.aid[t], w.version(t), 0, None)),
    "set_actions": ("actions", lambda g, w, t: g.set_actions(w.aid[t], w.version(t), ())),
    "delete_assessment": ("delete_round", lambda g, w, t: g.delete_assessment(w.aid[t])),
    "add_certificate": ("certificates", lambda g, w, t: g.add_certificate(
        w.ent[t], Certificate(number=f"NEW-{t}", issued_on=date(2026, 5, 1), level="three_star"))),
    "update_certificate": ("certificates", lambda g, w, t: g.update_certificate(
        w.cert[t], Certificate(number=f"C-{t}", issued_on=date(2025, 4, 2), level="four_star"))),
    "record_audit": ("certificates", lambda g, w, t: g.record_audit(w.cert[t], Audit(kind="surveillance",
                                                                                       on=date(2026, 4, 1)))),
    "delete_certificate": ("delete_certificate", lambda g, w, t: g.delete_certificate(w.cert[t])),
    "add_evidence": ("evidence", lambda g, w, t: g.add_evidence(w.aid[t], "1.1.1", PNG, "photo.png")),
    "confirm_evidence": ("evidence", lambda g, w, t: g.confirm_evidence(w.evidence[t])),
    "remove_evidence": ("evidence", lambda g, w, t: g.remove_evidence(w.evidence[t])),
    "save_profile": ("profile", lambda g, w, t: g.save_profile(w.ent[t], default_profile("seller"), None)),
    "issue_manual": ("profile", lambda g, w, t: g.issue_manual(w.ent[t], "QM-01", "A/0", date(2026, 5, 1), "张总",
                                                               ["1.1.1"], w.cat.id, w.cat.version)),
    "upsert_records": ("records", lambda g, w, t: g.upsert_records(w.ent[t], None, dry_run=True)),
    "delete_records": ("records", lambda g, w, t: g.delete_records(w.ent[t])),
    "save_record_mapping": ("records", lambda g, w, t: g.save_record_mapping(w.ent[t], None)),
    "register_catalog": ("settings", lambda g, w, t: g.register_catalog("id: x")),
    "choose_catalog_for_new": ("settings", lambda g, w, t: g.choose_catalog_for_new(w.cat.id, w.cat.version)),
    "set_setting": ("settings", lambda g, w, t: g.set_setting("session_idle_hours", "8")),
    "add_user": ("users", lambda g, w, t: g.add_user("new@example.com", "viewer")),
    "get_user": ("users", lambda g, w, t: g.get_user("viewer@example.com")),
    "user_by_id": ("users", lambda g, w, t: g.user_by_id(1)),
    "list_users": ("users", lambda g, w, t: g.list_users()),
    "grant": ("users", lambda g, w, t: g.grant("viewer@example.com", w.ent[t])),
    "revoke": ("users", lambda g, w, t: g.revoke("viewer@example.com", w.ent[t])),
    "set_role": ("users", lambda g, w, t: g.set_role("viewer@example.com", "member")),
    "set_user_name": ("users", lambda g, w, t: g.set_user_name("viewer@example.com", "新名字")),
    "set_disabled": ("users", lambda g, w, t: g.set_disabled("viewer@example.com")),
    "set_user_language": ("users", lambda g, w, t: g.set_user_language("viewer@example.com", "es")),
    "set_password_hash": ("users", lambda g, w, t: g.set_password_hash("viewer@example.com", "$argon2id$x")),
    # use cases
    "usecases.next_round": ("rounds", lambda g, w, t: usecases.next_round(g, w.aid[t], date(2027, 3, 1))),
    "usecases.import_assessment": ("rounds", lambda g, w, t: usecases.import_assessment(g, w.blank(t))),
    "usecases.import_pack": ("rounds+evidence", lambda g, w, t: usecases.import_pack(g, w.blank(t), [])),
    "usecases.export_assessment": ("view", lambda g, w, t: usecases.export_assessment(g, w.aid[t])),
    "usecases.manual_sources": ("view", lambda g, w, t: usecases.manual_sources(g, w.ent[t])),
    "usecases.change_action_status": ("actions", lambda g, w, t: usecases.change_action_status(
        g, w.aid[t], w.version(t), 0, "in_progress", date(2026, 4, 1))),
}
# Operations whose filtered answer is checked below instead (they never refuse a signed-in user).
LISTS = {"list_enterprises", "find_enterprise", "find_duplicates", "list_assessments", "list_certificates",
         "read_certificates", "portfolio", "calendar_view", "audit_trail", "reminder_history"}


@dataclass
class World:
    store: Store
    cat: object
    ref: CatalogRef
    ent: dict
    aid: dict
    cert: dict
    evidence: dict
    enterprises: dict

    def blank(self, target: str) -> Assessment:
        return Assessment(catalog=self.ref, enterprise=self.enterprises[target], assessed_on=date(2026, 3, 1))

    def version(self, target: str) -> int:
        return self.store.get_assessment(self.aid[target]).version

    def cert_record(self, target: str):
        return next(c for c in self.store.list_certificates(self.ent[target]) if c.id == self.cert[target])


REMINDED = date(2026, 5, 1)


def _build(url: str) -> None:
    store = Store(url)
    cat = default_catalog()
    ref = CatalogRef(id=cat.id, version=cat.version)
    ids = {}
    for target, name, code in (("own", "自家客户有限公司", "91350100M000100Y43"), ("foreign", "别家客户有限公司", "")):
        ent = store.add_enterprise(Enterprise(name=name, credit_code=code, kind="seller"))
        a = store.add_assessment(ent.id, Assessment(catalog=ref, enterprise=Enterprise(name=name, credit_code=code,
                                                                                      kind="seller"),
                                                    assessed_on=date(2026, 3, 1), actions=(
            CorrectiveAction(item="1.1.1", description="整改"),)))
        store.add_certificate(ent.id, Certificate(number=f"C-{target}", issued_on=date(2025, 4, 1),
                                                  level="four_star"))
        store.add_evidence(a.id, "1.1.1", PNG, "photo.png")
        ids[target] = ent.id
    for role in ROLES:
        store.add_user(f"{role}@example.com", role, name=role, enterprises=(ids["own"],))
    own, foreign = ids["own"], ids["foreign"]  # the reminder e-mails: one about each enterprise, one about both
    store.record_reminder(REMINDED, "own@example.com", "sent", [f"action:{own}:0:0:2026-05-01:due"], [own], "<1@x>")
    store.record_reminder(REMINDED, "foreign@example.com", "failed", [f"action:{foreign}:0:0:2026-05-01:due"],
                          [foreign], error="550 no such user")
    store.record_reminder(REMINDED, "both@example.com", "sent", [
        f"action:{own}:0:0:2026-05-01:due", f"action:{foreign}:0:0:2026-05-01:due",
        f"expiry:{foreign}:C-foreign:0:2028-04-01:90"], [own, foreign], "<2@x>")
    store.close()


def _ids(url: str) -> dict:
    """The ids of the world's rows, read back from its database."""
    store = Store(url, migrate=False)
    ents = {("own" if e.name.startswith("自家") else "foreign"): e for e in store.list_enterprises()}
    ent = {t: e.id for t, e in ents.items()}
    aid = {t: store.latest_assessment(i).id for t, i in ent.items()}
    ids = dict(ent=ent, aid=aid, cert={t: store.list_certificates(i)[0].id for t, i in ent.items()},
               evidence={t: store.list_evidence(a)[0].id for t, a in aid.items()},
               enterprises={t: e.enterprise for t, e in ents.items()})
    store.close()
    return ids


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """The world's SQLite database, built once, and the ids in it (every test works on a copy of the file)."""
    path = tmp_path_factory.mktemp("permissions") / "template.db"
    _build(f"sqlite:///{path}")
    return path, _ids(f"sqlite:///{path}")


@pytest.fixture(scope="module")
def postgres_template(postgres_server):
    """The world as a PostgreSQL template database, built once per process (each test gets a copy of it)."""
    name = postgres_server.template_from("permissions", _build)
    return name, _ids(postgres_server.url(name))


@pytest.fixture
def world(backend, request, tmp_path):
    """A fresh copy of the world on the test's database product."""
    cat, server = default_catalog(), None
    if backend == "sqlite":
        source, ids = request.getfixturevalue("template")
        path = tmp_path / "world.db"
        shutil.copyfile(source, path)
        url = f"sqlite:///{path}"
    else:
        server = request.getfixturevalue("postgres_server")
        source, ids = request.getfixturevalue("postgres_template")
        name = server.create(source, label="world")
        url = server.url(name)
    w = World(Store(url, migrate=False), cat, CatalogRef(id=cat.id, version=cat.version), **ids)
    yield w
    w.store.close()
    if server is not None:
        server.drop(name)


def _actor(store: Store, role: str) -> Actor:
    return store.get_user(f"{role}@example.com").actor()


def _expected(role: str, kind: str, target: str) -> bool:
    if kind == "any":
        return True
    if role == "admin":
        return True
    if kind in ("settings", "users"):
        return False
    if kind == "new enterprise":  # no enterprise yet: whoever may create clients
        return "enterprises" in MAY[role]
    return set(kind.split("+")) <= MAY[role] and target == "own"


def test_every_store_operation_has_a_rule_or_is_kept_away_from_users():
    public = {n for n, v in inspect.getmembers(Store) if not n.startswith("_") and callable(v)}
    assert public - set(POLICY) - UNGUARDED == set(), "a store operation without a rule"
    assert set(POLICY) - public == set(), "a rule for an operation the store no longer has"
    assert set(OPS) - {o for o in OPS if o.startswith("usecases.")} == set(POLICY) - LISTS, \
        "the matrix below must call every guarded operation"


@pytest.mark.parametrize("role", ROLES)
def test_raw_sessions_and_sign_in_bookkeeping_are_not_offered_through_the_guard(world, role):
    w = world
    guarded = GuardedStore(w.store, _actor(w.store, role))
    for name in UNGUARDED:
        with pytest.raises(AttributeError):
            getattr(guarded, name)


# The whole matrix runs on SQLite. On PostgreSQL (a database of its own per case costs about 0.3 s) every
# operation runs twice: allowed (as an administrator) and refused (as a member, on a foreign enterprise); the
# guard's decisions do not depend on the database, the operations' SQL does.
POSTGRESQL_CASES = (("admin", "own"), ("member", "foreign"))
MATRIX = [pytest.param("sqlite", op, role, target, id=f"sqlite-{op}-{role}-{target}")
          for op in sorted(OPS) for role in ROLES for target in ("own", "foreign")] + [
    pytest.param("postgresql", op, role, target, id=f"postgresql-{op}-{role}-{target}",
                 marks=pytest.mark.postgresql) for op in sorted(OPS) for role, target in POSTGRESQL_CASES]


@pytest.mark.parametrize("backend, op, role, target", MATRIX)
def test_each_role_may_do_what_its_description_says_and_nothing_else(world, op, role, target):
    w = world
    kind, call = OPS[op]
    guarded = GuardedStore(w.store, _actor(w.store, role))
    revision = w.store.revision()
    expected = _expected(role, kind, target)
    try:
        call(guarded, w, target)
        refused = False
    except Forbidden:
        refused = True
    except Exception:  # noqa: BLE001 — allowed through the guard; the operation itself may reject these values
        refused = False
    assert refused is (not expected), f"{role} on {target}: {op} should be {'allowed' if expected else 'refused'}"
    if refused:
        assert w.store.revision() == revision, "a refused call wrote something"
    w.store.close()


@pytest.mark.parametrize("role", ROLES)
def test_lists_show_only_the_enterprises_a_user_may_see(world, role):
    w = world
    g = GuardedStore(w.store, _actor(w.store, role))
    visible = set(w.ent.values()) if role == "admin" else {w.ent["own"]}
    assert {e.id for e in g.list_enterprises()} == visible
    assert {a.enterprise_id for a in g.list_assessments()} == visible
    assert {c.enterprise_id for c in g.list_certificates()} == visible
    assert {c.enterprise_id for c in g.read_certificates()} == visible
    assert {r.enterprise.id for r in g.portfolio(date(2026, 6, 1))} == visible
    assert {e.enterprise_id for e in g.calendar_view(date(2026, 6, 1)).entries} <= visible
    assert {e.enterprise_id for e in g.calendar_view(date(2026, 6, 1)).entries}
    assert {e.enterprise_id for e in g.audit_trail() if e.enterprise_id is not None} == visible
    assert {e for a in g.reminder_history(REMINDED) for e in a.enterprise_ids} == visible
    found = g.find_enterprise(w.enterprises["foreign"])
    assert (found is not None) is (role == "admin")
    assert {e.id for e in g.find_duplicates(w.enterprises["foreign"])} <= visible


@pytest.mark.parametrize("role", ROLES)
def test_the_reminder_e_mails_show_a_user_only_what_was_sent_about_their_enterprises(world, role):
    w = world
    g = GuardedStore(w.store, _actor(w.store, role))
    own, foreign = w.ent["own"], w.ent["foreign"]
    got = {a.recipient: a for a in g.reminder_history(REMINDED)}
    if role == "admin":
        assert set(got) == {"own@example.com", "foreign@example.com", "both@example.com"}
        assert got["both@example.com"].enterprise_ids == (own, foreign) and got["both@example.com"].items == 3
        assert got["foreign@example.com"].error == "550 no such user"
        assert [a.recipient for a in g.reminder_history(REMINDED, enterprises={foreign})] == [
            "both@example.com", "foreign@example.com"]
        return
    # the message about both enterprises shows, trimmed to the user's: its enterprise and its one item there
    assert set(got) == {"own@example.com", "both@example.com"}
    assert got["both@example.com"].enterprise_ids == (own,) and got["both@example.com"].items == 1
    # asking for a foreign enterprise's e-mails gives nothing; the limit is not spent on the foreign attempt
    # (logged between the other two)
    assert g.reminder_history(REMINDED, enterprises={foreign}) == []
    assert [a.recipient for a in g.reminder_history(REMINDED, limit=2)] == ["both@example.com", "own@example.com"]
    assert [a.recipient for a in g.reminder_history(REMINDED, enterprises={own, foreign}, limit=2)] == [
        "both@example.com", "own@example.com"]


def test_a_consultant_who_creates_a_client_is_assigned_to_it_and_the_trail_names_them(world):
    w = world
    g = GuardedStore(w.store, _actor(w.store, "consultant"))
    new = g.add_enterprise(Enterprise(name="新签约客户有限公司"))
    assert new.id in w.store.get_user("consultant@example.com").enterprises
    g.new_assessment(new.id, date(2026, 7, 1))  # usable at once, in the same session
    created = [e for e in w.store.audit_trail(enterprise_id=new.id) if e.action == "enterprise.add"]
    assert [e.actor for e in created] == ["consultant"]


def test_a_member_imports_no_file_that_would_create_an_enterprise(world):
    w = world
    g = GuardedStore(w.store, _actor(w.store, "member"))
    stranger = Assessment(catalog=w.ref, enterprise=Enterprise(name="陌生企业"), assessed_on=date(2026, 3, 1))
    with pytest.raises(Forbidden):
        usecases.import_assessment(g, stranger)
    assert usecases.import_assessment(g, w.blank("own")).enterprise_id == w.ent["own"]
    assert usecases.import_assessment(GuardedStore(w.store, _actor(w.store, "consultant")),
                                      stranger).enterprise_id not in (w.ent["own"], w.ent["foreign"])


def test_a_refused_call_names_the_role_and_the_permission(world):
    w = world
    g = GuardedStore(w.store, _actor(w.store, "viewer"))
    with pytest.raises(Forbidden, match=r"viewer \(viewer\) may not answer on enterprise"):
        g.set_response(w.aid["own"], w.version("own"), Response(item="1.1.1", result="met"))
    assert w.store.get_assessment(w.aid["own"]).assessment.responses == ()
