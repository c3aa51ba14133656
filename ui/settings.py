"""Settings: the language, the catalog new assessments use (the default or an uploaded scoring sheet), how long
an idle browser stays signed in (administrators), and the database in use."""

from __future__ import annotations

import streamlit as st
from assessment.store import NotFound, display_name
from criteria import Catalog, CatalogError

from ui import state
from ui.i18n import LANGUAGES, _, cl, lang, ngettext, switch_language
from ui.inputs import file_upload
from ui.transfer import problems_ui
from ui.widgets import level_text, md, short

MAX_CATALOG_BYTES = 1_048_576


def _set_language() -> None:
    switch_language(st.session_state["set_lang"])


def language_ui() -> None:
    st.subheader(_("Language"))
    codes = list(LANGUAGES)
    st.radio(_("Language of labels, catalog texts and charts"), codes, index=codes.index(lang()),
             format_func=LANGUAGES.__getitem__, horizontal=True, key="set_lang", on_change=_set_language)


def _ref(option: str) -> tuple[str, str]:
    catalog_id, _sep, version = option.partition("\x1f")
    return catalog_id, version


def _pick_catalog() -> None:
    """on_change of the catalog choice: keep it in the database at once (it survives a restart)."""
    try:
        chosen = state.choose_new_assessment_catalog(*_ref(st.session_state["set_catalog"]))
    except (NotFound, CatalogError):
        state.flash("error", _("This catalog cannot be read any more; new assessments keep the previous one."))
        st.session_state.pop("set_catalog", None)
        return
    state.flash("success", _("New assessments now use {id} {version}.", id=md(chosen.id), version=md(chosen.version)))


def _use_default() -> None:
    builtin = state.store().registered_catalogs()[0]  # the toolkit's own catalog comes first
    state.choose_new_assessment_catalog(builtin.id, builtin.version)
    st.session_state.pop("set_catalog", None)  # the choice box shows the stored choice again


def catalog_summary(catalog: Catalog) -> None:
    with st.container(border=True):
        st.markdown(f"**{md(catalog.catalog.title.get(cl()))}**")
        st.caption(md(catalog.catalog.note.get(cl())))
        levels = " · ".join(f"{md(level_text(catalog, lv.id))} ≥ {lv.min_score}" for lv in catalog.rules.levels)
        st.caption(_("Levels: {levels}", levels=levels))
        n_items = sum(1 for _i in catalog.iter_items())
        st.caption(_(", ").join([ngettext("{n} area", "{n} areas", len(catalog.areas)),
                                 ngettext("{n} indicator", "{n} indicators", sum(1 for _i in catalog.indicators())),
                                 ngettext("{n} item", "{n} items", n_items)]))


def catalog_ui() -> None:
    st.subheader(_("Catalog for new assessments"))
    store = state.store()
    current = state.new_assessment_catalog()  # the choice kept in the database
    registered = store.registered_catalogs(cl())
    titles = {"\x1f".join((c.id, c.version)): f"{c.title} · {c.version}" for c in registered}
    options = list(titles)
    chosen = "\x1f".join((current.id, current.version))
    if st.session_state.get("set_catalog") not in (None, chosen):
        st.session_state.pop("set_catalog")  # changed elsewhere (another window, the command line): show the stored one
    st.selectbox(_("Catalog"), options, index=options.index(chosen) if chosen in options else 0,
                 format_func=lambda o: short(titles.get(o, " ".join(_ref(o))), 120), key="set_catalog",
                 on_change=_pick_catalog, disabled=not state.may("settings"))
    catalog_summary(current)
    st.caption(_("Existing assessments keep the catalog they were answered against."))
    if not state.may("settings"):
        st.caption(_("Only an administrator can change the catalog or register another one."))
        return
    upload = file_upload(_("Upload a certification body's scoring sheet (.yaml)"), type=["yaml", "yml"], key="set_upload",
                         max_mb=MAX_CATALOG_BYTES // 1_048_576)
    if upload is not None and st.button(_("Check and register"), type="primary", key="set_register"):
        data = upload.getvalue()
        if len(data) > MAX_CATALOG_BYTES:
            st.error(_("The file is too large; a catalog is at most 1 MB."))
            return
        try:
            text = data.decode("utf-8-sig")
            added = store.register_catalog(text)
        except UnicodeDecodeError:
            st.error(_("The file is not UTF-8 text."))
            return
        except CatalogError as exc:
            problems_ui(_("The catalog cannot be used; nothing was registered. Problems:"), exc.problems)
            return
        state.choose_new_assessment_catalog(added.id, added.version)
        state.flash("success", _("Catalog {id} {version} registered; new assessments use it.",
                                 id=md(added.id), version=md(added.version)))
        st.rerun()
    if (current.id, current.version) != (registered[0].id, registered[0].version):
        st.button(_("Use the default catalog again"), key="set_default", on_click=_use_default)


IDLE_HOURS_RANGE = (1, 2160)  # an hour to 90 days


def _set_idle_hours() -> None:
    hours = int(st.session_state["set_idle_hours"])
    state.store().set_setting("session_idle_hours", str(hours))  # administrators only (the guard checks it)
    state.flash("success", ngettext("Saved: a browser idle for {n} hour is signed out.",
                                    "Saved: a browser idle for {n} hours is signed out.", hours))


def session_ui() -> None:
    """The `session_idle_hours` setting, for those who may change the settings."""
    if not state.may("settings"):
        return
    from ui.sign_in import idle_hours

    st.subheader(_("Signing in"))
    low, high = IDLE_HOURS_RANGE
    stored = min(high, max(low, round(idle_hours())))
    if st.session_state.get("set_idle_hours") not in (None, stored):
        st.session_state.pop("set_idle_hours")  # changed elsewhere: show the stored value
    st.number_input(_("Sign a browser out after this many hours without activity"), min_value=low, max_value=high,
                    value=stored, step=1, key="set_idle_hours", on_change=_set_idle_hours)


def database_ui() -> None:
    st.subheader(_("Database"))
    store = state.store()
    st.code(display_name(store.url), language=None)
    st.caption(_("Set DATABASE_URL to use another database (for example PostgreSQL); the default is a SQLite file."))
    enterprises = store.list_enterprises(include_archived=True)
    st.caption(_("Enterprises: {enterprises} · assessments: {assessments} · certificates: {certificates}",
                 enterprises=len(enterprises), assessments=len(store.list_assessments()),
                 certificates=len(store.list_certificates())))


def render() -> None:
    st.title(_("Settings"))
    state.show_flashes()
    language_ui()
    catalog_ui()
    session_ui()
    database_ui()


if __name__ == "__main__":
    render()
