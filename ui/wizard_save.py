"""The wizard's save path: an answer is built from its inputs and saved at once, or kept as a draft.

Every change is saved through the store with the version this session last saw; the store checks it per item,
so a change someone else made to the same item since is refused, reported with who, when and to what, and the
stored answers are shown again (ui.stale); a save past other people's changes to other items goes through and
draws their items again. Inputs that do not make a savable answer yet (a
partial result without samples, more failed samples than samples, an exclusion without a reason, an answer the
store refuses) are a draft of that item: nothing is saved, the reason sits on the item's card, the item and
its step show as not saved, and leaving the step asks first. A draft lives only while its inputs are on the
screen.
"""

from __future__ import annotations

from typing import Callable, Optional

import streamlit as st
from pydantic import ValidationError

from assessment.models import Response
from assessment.scoring import InvalidResponse
from assessment.store import NotFound, StaleAssessment, StoredAssessment
from criteria import Item

from ui import stale, state
from ui.i18n import N_, _
from ui.inputs import problem_text
from ui.widgets import md

SAMPLES_NEEDED = N_("Item {item}: enter the number of samples checked to save a partial result.")
FAILED_RANGE = N_("Item {item}: failed samples must be between 0 and the number of samples.")
REASON_NEEDED = N_("Item {item}: write why it does not apply to save the exclusion.")
REFUSED = N_("Not saved: {detail}")


def key(aid: int, item_id: str, field: str) -> str:
    return f"w.{aid}.{state.generation(aid)}.{item_id}.{field}"


# -- drafts ------------------------------------------------------------------------------------------------------


def _all_drafts(aid: int) -> dict[str, tuple[str, dict]]:
    return st.session_state.setdefault("drafts", {}).setdefault(aid, {})


def drafts(aid: int) -> dict[str, str]:
    """Item id -> why its inputs are not saved, for the items whose inputs are still on the screen."""
    held = _all_drafts(aid)
    for item_id in [i for i in held if key(aid, i, "result") not in st.session_state]:
        del held[item_id]  # its inputs are gone (another step or page was drawn): they show the stored answer
    return {item_id: _(msgid, **values) for item_id, (msgid, values) in held.items()}


def _hold(aid: int, item_id: str, msgid: str, **values) -> None:
    _all_drafts(aid)[item_id] = (msgid, values)


def _release(aid: int, item_id: Optional[str]) -> None:
    if item_id is not None:
        _all_drafts(aid).pop(item_id, None)


def drop_drafts(aid: int, item_ids=None) -> None:
    """Forget the drafts (of `item_ids`, else all of them) and show the stored answers in their inputs."""
    held = _all_drafts(aid)
    for item_id in list(held if item_ids is None else item_ids):
        held.pop(item_id, None)
    state.reload_widgets(aid)


# -- saving ------------------------------------------------------------------------------------------------------


def commit(aid: int, do: Callable[[int], StoredAssessment], expected: Optional[int] = None,
           item_id: Optional[str] = None) -> Optional[StoredAssessment]:
    """Run one store write with the version this session saw; handle a stale copy and invalid answers.

    An answer the store refuses stays a draft of `item_id` (with the store's reason), else the reason is flashed.
    """
    seen = expected if expected is not None else state.version(aid)
    try:
        stored = do(seen)
    except StaleAssessment as exc:  # StaleItem too: who changed the item, when and to what
        _all_drafts(aid).clear()
        stale.refused(aid, exc)
        return None
    except (InvalidResponse, ValidationError) as exc:
        if item_id is not None:
            _hold(aid, item_id, REFUSED, detail=md(problem_text(exc), 300))
        else:
            state.flash("error", _(REFUSED, detail=md(problem_text(exc), 300)))
        st.session_state.pop("last_saved", None)
        return None
    except NotFound:
        state.flash("error", _("This assessment no longer exists."))
        state.open_assessment(None)
        return None
    _release(aid, item_id)
    state.saved(stored)
    stale.caught_up(aid, seen, stored, own=(("item", item_id),) if item_id is not None else ())
    st.session_state["last_saved"] = aid
    return stored


def _inputs(aid: int, item: Item, old: Optional[Response]) -> Optional[dict]:
    """The answer the item's inputs show now, as Response fields; None when no result is chosen."""

    def field(name: str, default):
        return st.session_state.get(key(aid, item.id, name), default)

    result = field("result", None)
    if result is None:
        return None
    catalog_ids = [e.id for e in item.evidence]
    ticked = [e for e in catalog_ids if field(f"ev.{e}", old is not None and e in old.evidence)]
    extra = [e for e in (old.evidence if old else ()) if e not in catalog_ids]
    samples = failed = None
    if result == "partial":
        samples = field("samples", old.samples if old else None)
        failed = field("failed", old.failed_samples if old and old.failed_samples is not None else 0)
    return {
        "item": item.id,
        "result": result,
        "samples": samples,
        "failed_samples": failed,
        "justification": field("justification", old.justification if old else "") if result == "excluded"
        else (old.justification if old else ""),
        "note": field("note", old.note if old else ""),
        "evidence": tuple(ticked + extra),
        "to_reverify": False,  # a changed answer is a re-verified one (its corrective actions are the plan's)
    }


def _problem(fields: dict) -> Optional[str]:
    """Why these inputs do not make a savable answer yet (a message id), or None."""
    samples, failed = fields["samples"], fields["failed_samples"]
    if fields["result"] == "partial":
        if not samples or samples < 1:
            return SAMPLES_NEEDED
        if failed is None or failed > samples:
            return FAILED_RANGE
    if fields["result"] == "excluded" and not fields["justification"].strip():
        return REASON_NEEDED
    return None


def save_item(aid: int, item_id: str) -> None:
    """on_change of any input of an item: build the response from the inputs and save it, or keep a draft."""
    expected = state.version(aid)  # the version the inputs were drawn from
    loaded = state.load(aid)
    if loaded is None:
        return
    stored, _result = loaded
    item = state.catalog_of(stored).item(item_id)
    old = stored.assessment.response_map().get(item_id)
    fields = _inputs(aid, item, old)
    if fields is None:
        _release(aid, item_id)
        if old is not None:
            commit(aid, lambda v: state.store().clear_response(aid, v, item_id), expected, item_id)
        return
    problem = _problem(fields)
    if problem is not None:
        _hold(aid, item_id, problem, item=md(item_id))
        st.session_state.pop("last_saved", None)
        return
    try:
        response = Response(**fields)
    except ValidationError as exc:
        _hold(aid, item_id, REFUSED, detail=md(problem_text(exc), 300))
        st.session_state.pop("last_saved", None)
        return
    if old is not None and response == old and expected == stored.version:
        _release(aid, item_id)
        return
    commit(aid, lambda v: state.store().set_response(aid, v, response), expected, item_id)


def confirm_items(aid: int, item_ids: list[str]) -> None:
    """Mark answers copied from the last round as re-verified, unchanged, in one save. Items with a draft are
    left out: their stored answer is not what the screen shows."""
    held = drafts(aid)
    wanted = [i for i in item_ids if i not in held]
    if len(wanted) < len(item_ids):
        state.flash("warning", _("Not confirmed, as their changes are not saved yet: {items}.",
                                 items=", ".join(i for i in item_ids if i in held)))
    if wanted:
        commit(aid, lambda v: state.store().confirm_reverified(aid, v, wanted))
