"""The demo's service profile: a machinery producer that has written down its commitments (the service manual and
the wizard's "covered by the issued manual" notes then show something real)."""

from __future__ import annotations

from datetime import date

from .profile import (Channels, DocumentControl, LocalText, Organisation, Outlet, Post, ServiceProfile, Staffing,
                      TimeLimits, Warranty)


def demo_profile(issued_on: date) -> ServiceProfile:
    return ServiceProfile(
        company_profile=LocalText(
            zh="本公司成立于 2006 年，专业从事数控机床和通用机械的研发、制造与服务，产品销往全国 28 个省、自治区、"
               "直辖市，并出口东南亚。",
            en="Founded in 2006, the Company designs, makes and services CNC machine tools and general machinery, "
               "selling in 28 provinces of China and exporting to South-East Asia.",
        ),
        scope=LocalText(zh="本公司生产销售的数控车床、加工中心及配套零部件的售后服务，覆盖华东、华南和西南地区。"),
        philosophy=LocalText(zh="设备不停机，服务不止步。", en="Keep every machine running."),
        commitments=LocalText(
            zh="全国服务热线 7×24 小时受理；华东地区 24 小时内到达现场；整机保修一年，主要部件保修三年。"),
        organisation=Organisation(
            department="客户服务部", head="陈志强", management_representative="刘敏", top_manager="周建华",
            supervisor="质量管理部",
            posts=(
                Post(title="客户服务部经理", duties="组织售后服务体系的运行，审核服务计划，处理重大投诉。"),
                Post(title="服务工程师", duties="安装调试、维修保养和用户培训；填写维修工单。", holders=18),
                Post(title="热线坐席", duties="受理咨询、报修和投诉，登记并派单，按时回访。", holders=4),
                Post(title="备件管理员", duties="备件计划、出入库和库存预警。"),
            ),
            outlets=(
                Outlet(name="苏州服务中心", address="江苏省苏州市工业园区星湖街 218 号", kind="own",
                       phone="0512-6666 2208"),
                Outlet(name="广州授权服务站", address="广东省广州市黄埔区开创大道 95 号", kind="authorised",
                       phone="020-3222 7788"),
                Outlet(name="成都授权服务站", address="四川省成都市高新区天府大道 1700 号", kind="authorised"),
            ),
        ),
        staffing=Staffing(service_staff=26, management_staff=12, certified_managers=("陈志强", "刘敏")),
        channels=Channels(hotline="400-820-6618", hotline_hours="7×24 小时", online="www.hengtai-machinery.cn",
                          in_store=True, others=("微信公众号“恒泰服务”",)),
        time_limits=TimeLimits(repair_response_hours=2, repair_onsite_hours=24, installation_hours=48),
        warranty=Warranty(warranty_months=12, take_back=True, trade_in=True,
                          terms=LocalText(zh="主轴、数控系统等主要部件保修三年。")),
        training_hours=40,
        document=DocumentControl(number="HT/SM-01", version="A/1", issued_on=issued_on, approver="周建华"),
    )
