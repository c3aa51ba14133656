"""tracked corrective actions: one row per action, on an item or a special deduction; the untracked action text
older rounds kept on a response or a deduction moves into it (status open)

Revision ID: 0008
Revises: 0007
"""
import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "corrective_actions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("assessment_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("item", sa.String(length=100), nullable=True),
        sa.Column("deduction", sa.Integer(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("owner", sa.String(length=500), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("verified_by", sa.String(length=500), nullable=False),
        sa.Column("verification_note", sa.Text(), nullable=False),
        sa.Column("carried_over", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["assessment_id"], ["assessments.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_corrective_actions_assessment_id", "corrective_actions", ["assessment_id"])
    op.create_index("ix_corrective_actions_due_on", "corrective_actions", ["due_on"])
    _move_untracked_actions()


def _move_untracked_actions() -> None:
    bind = op.get_bind()
    meta = sa.MetaData()
    responses = sa.Table("responses", meta, autoload_with=bind)
    deductions = sa.Table("special_deductions", meta, autoload_with=bind)
    actions = sa.Table("corrective_actions", meta, autoload_with=bind)
    rows: list[dict] = []
    positions: dict[int, int] = {}

    def add(assessment_id, **values):
        position = positions.get(assessment_id, 0)
        positions[assessment_id] = position + 1
        rows.append({"assessment_id": assessment_id, "position": position, "item": None, "deduction": None,
                     "owner": "", "due_on": None, "status": "open", "done_on": None, "verified_by": "",
                     "verification_note": "", "carried_over": False, **values})

    for r in bind.execute(sa.select(responses.c.assessment_id, responses.c.item, responses.c.action,
                                    responses.c.owner, responses.c.due_on)
                          .where(sa.func.length(sa.func.trim(responses.c.action)) > 0)
                          .order_by(responses.c.assessment_id, responses.c.id)):
        add(r.assessment_id, item=r.item, description=r.action, owner=r.owner or "", due_on=r.due_on)
    for d in bind.execute(sa.select(deductions.c.assessment_id, deductions.c.position, deductions.c.corrective_action)
                          .where(sa.func.length(sa.func.trim(deductions.c.corrective_action)) > 0)
                          .order_by(deductions.c.assessment_id, deductions.c.position)):
        add(d.assessment_id, deduction=d.position, description=d.corrective_action)
    if rows:
        bind.execute(actions.insert(), rows)
        bind.execute(responses.update().values(action="", owner="", due_on=None))
        bind.execute(deductions.update().values(corrective_action=""))


def downgrade() -> None:
    op.drop_index("ix_corrective_actions_due_on", table_name="corrective_actions")
    op.drop_index("ix_corrective_actions_assessment_id", table_name="corrective_actions")
    op.drop_table("corrective_actions")
