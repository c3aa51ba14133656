"""The appendix of the service manual: the record forms as real tables, each with its code and title.

Keys (stable across languages): complaint_register, complaint_analysis, repair_order, delivery_acceptance,
satisfaction_survey, callback_record, training_record, supervision_check.
"""

from __future__ import annotations

from .context import Context
from .model import Form, Table

FORM_KEYS = ("complaint_register", "complaint_analysis", "repair_order", "delivery_acceptance",
             "satisfaction_survey", "callback_record", "training_record", "supervision_check")

TEXTS = {
    "complaint_register": ("顾客投诉登记表", "Complaint register", "Registro de reclamaciones"),
    "complaint_analysis": ("月度投诉分析表", "Monthly complaint analysis", "Análisis mensual de reclamaciones"),
    "repair_order": ("维修工单", "Repair order", "Orden de reparación"),
    "delivery_acceptance": ("送货安装验收单", "Delivery and installation acceptance", "Acta de entrega e instalación"),
    "satisfaction_survey": ("顾客满意度调查表", "Customer satisfaction survey", "Encuesta de satisfacción del cliente"),
    "callback_record": ("回访记录表", "Call-back record", "Registro de llamadas de seguimiento"),
    "training_record": ("培训记录表", "Training record", "Registro de formación"),
    "supervision_check": ("服务监督检查记录表", "Supervision check record", "Registro de inspección de supervisión"),
    "no": ("序号", "No.", "N.º"),
}


def build_forms(ctx: Context) -> tuple[Form, ...]:
    return tuple(
        Form(key, ctx.form_code(key), ctx.say(TEXTS, key), (Table((ctx.say(TEXTS, "no"),), blank_rows=5),))
        for key in FORM_KEYS
    )
