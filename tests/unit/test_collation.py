"""Names sort the way a reader of each language expects: Chinese by pinyin, Spanish by its alphabet."""

from __future__ import annotations

import pytest

from assessment.collation import sort_by, sort_key


def test_chinese_names_sort_by_pinyin():
    names = ["张三电器", "阿里家电维修中心", "北京京东家电服务", "重庆长安售后服务", "长虹售后", "西安家电", "先锋电器"]
    # a b chang chong xi'an xian zhang; by code point, 北 (U+5317) would come first and 阿 (U+963F) last
    assert sort_by(names, "zh") == ["阿里家电维修中心", "北京京东家电服务", "长虹售后", "重庆长安售后服务", "西安家电",
                                    "先锋电器", "张三电器"]


def test_chinese_sort_reads_a_character_of_several_readings_in_its_word():
    # 重 reads chóng in 重庆 (after 长 cháng) but zhòng in 重要 (after 张 zhāng)
    assert sort_by(["重要客户", "张家", "重庆公司", "长城"], "zh_CN") == ["长城", "重庆公司", "张家", "重要客户"]


def test_latin_names_interleave_with_pinyin_in_chinese():
    assert sort_by(["Zeta售后", "阿里", "BYD服务", "北京"], "zh") == ["阿里", "北京", "BYD服务", "Zeta售后"]


def test_spanish_names_sort_by_collation():
    names = ["Ñandú Servicios", "Nube Técnica", "Oso Reparaciones", "niño Hogar", "Álvaro y Cía", "alberto SL", "ábaco"]
    # ñ is a letter after n (not an n with a mark); accents and case only break ties
    assert sort_by(names, "es") == ["ábaco", "alberto SL", "Álvaro y Cía", "niño Hogar", "Nube Técnica",
                                    "Ñandú Servicios", "Oso Reparaciones"]


def test_english_ignores_accents_and_case_but_not_the_letters():
    assert sort_by(["Ñandú", "nube", "Oso", "Apple", "ábaco"], "en") == ["ábaco", "Apple", "Ñandú", "nube", "Oso"]


@pytest.mark.parametrize("lang", ["zh", "zh_CN", "en", "es"])
def test_names_that_differ_only_in_case_or_accents_keep_one_order(lang):
    names = ["acme", "Ácme", "ACME", "Acme", "杭州"]
    assert len({sort_key(n, lang) for n in names}) == len(names)  # no two different names tie
    assert sort_by(names, lang) == sort_by(list(reversed(names)), lang)
    assert sort_key("杭州  公司", lang) == sort_key("杭州 公司", lang)  # spacing is not a difference
