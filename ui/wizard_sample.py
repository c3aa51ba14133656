"""On a sampled item judged on service records: draw the sample from the enterprise's records, as an assessor
would, and write it into the item (samples, failed samples, the record ids and reasons in the note)."""

from __future__ import annotations

import streamlit as st

from assessment.records_usecases import SampleRefused, apply_sample, draw_sample
from criteria import Item

from ui import state
from ui.i18n import _, cl
from ui.widgets import RECORD_KINDS, label
from ui.wizard_save import commit, key


def sample_from_records(aid: int, item: Item) -> None:
    """The "draw a sample from records" panel of an item, when the catalog names a kind of record for it and the
    enterprise has records of that kind."""
    rule = item.records
    found = state.load(aid) if rule is not None else None
    if found is None:
        return
    enterprise_id = found[0].enterprise_id
    have = state.store().count_records(enterprise_id).get(rule.kind, 0)
    if not have:
        return
    kind = label(RECORD_KINDS, rule.kind)
    with st.expander(_("Draw a sample from records ({kind}: {n})", kind=kind, n=have), icon=":material/casino:"):
        st.caption(_("The catalog asks for {n} records of the last {months} months, drawn at random. The same seed "
                     "draws the same records, so the sample can be shown again.", n=rule.n, months=rule.months))
        seed = st.number_input(_("Seed"), min_value=0, max_value=2**31 - 1, step=1, value=state.today().year,
                               key=key(aid, item.id, "sample_seed"))
        if st.button(_("Draw and write into this item"), key=key(aid, item.id, "sample_go"),
                     icon=":material/playlist_add_check:"):
            _draw(aid, enterprise_id, item, int(seed), found[0])


def _draw(aid: int, enterprise_id: int, item: Item, seed: int, stored) -> None:
    store, today = state.store(), state.today()
    catalog = state.catalog_of(stored)
    sample = draw_sample(store, enterprise_id, kind=item.records.kind, seed=seed, today=today, catalog=catalog,
                         item_id=item.id)
    try:
        saved = commit(aid, lambda v: apply_sample(store, enterprise_id, aid, item.id, sample, today=today,
                                                   lang=cl(), expected_version=v), item_id=item.id)
    except SampleRefused as exc:
        st.error(str(exc))
        return
    if saved is not None:
        state.reload_widgets(aid)
        state.flash("success", _("Sample written: {n} records, {failed} failed.", n=len(sample.records),
                                 failed=sample.failed))
        st.rerun()
