"""Names, places and trades of 新乡 for the demo parties, and how they are put together."""

from __future__ import annotations

import re

from xinxiang_arbitration.demo.weighted import Rand, Weighted, between, pick

# surnames with their relative frequency
SURNAMES = Weighted.of(
    (m[1], int(m[2]))
    for m in re.finditer(
        r"(\D+?)(\d+)\s*",
        "王75 李74 张71 刘54 陈32 杨30 赵25 郭16 孙16 黄15 周14 吴13 徐13 高13 胡12 马12 "
        "朱11 宋10 何9 郑9 韩9 许8 梁8 冯8 贾7 董7 曹7 吕6 程6 魏6 于6 谢6 林6 罗6 田6 "
        "任6 袁6 丁5 杜5 范5 石5 郝5 白5 崔5 孟5 侯5 常5 武5 阎5 苏5 卢5 唐5 牛4 姚4 薛4 "
        "彭4 蒋4 蔡4 沈4 康4 乔4 贺4 孔4 秦4 史4 段4 姜4 夏4 邓4 申3 翟3 耿3 岳3 邵3 尹3 "
        "雷3 毛3 潘3 方3 汪3 余3 叶3 戴3 傅3 金3 陆2 钱2 汤2 江2 顾2 万2 邱2 钟2 熊2 邹2 "
        "谭2 文2 赖1 龚1 廖1 龙1 易1 黎1 司马1 欧阳1",
    )
)
MALE_CHARS = (
    "伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆帅旭宁龙林洋"
    "建国志新海文东亮振永峰成森晨博豪坤栋金卫庆春生德宏彬阳毅"
)
FEMALE_CHARS = (
    "芳娜敏静丽艳娟霞秀玲桂英萍红燕梅琳雪婷慧颖倩玉兰凤洁琴丹莉月云璐晶瑶佳欣怡荣美秋爽冉梦"
)
MALE_SHARE = 0.58  # applicants are more often men

# employers' places, with the region codes of their districts/counties (for credit codes)
PLACES = Weighted.of(
    [
        (("新乡市", ("410702", "410703", "410704", "410711", "410771", "410772")), 50),
        (("新乡县", ("410721",)), 6),
        (("获嘉县", ("410724",)), 5),
        (("原阳县", ("410725",)), 5),
        (("延津县", ("410726",)), 4),
        (("封丘县", ("410727",)), 4),
        (("卫辉市", ("410781",)), 6),
        (("辉县市", ("410782",)), 7),
        (("长垣市", ("410783",)), 8),
    ]
)
DISTRICTS = (("红旗区", "410702"), ("卫滨区", "410703"), ("凤泉区", "410704"), ("牧野区", "410711"))
BRAND_CHARS = (
    "华兴金龙瑞丰宏达恒泰鑫盛永昌隆鼎新源福康安嘉宝利顺"
    "通天宇中豪正祥和润亿辉明远博创凯诚信德荣万佳汇聚晨光益腾飞亚太银海"
)
# wage-arrears complaints go to builders more often
CONSTRUCTION = frozenset(("建筑工程", "建筑劳务", "建设工程", "市政工程"))
INDUSTRIES = tuple(
    (industry, industry in CONSTRUCTION)
    for industry in (
        "机械制造",
        "起重机械",
        "建筑工程",
        "建筑劳务",
        "建设工程",
        "市政工程",
        "房地产开发",
        "物业服务",
        "食品",
        "纺织",
        "化纤",
        "电池",
        "电子科技",
        "汽车零部件",
        "制冷设备",
        "医药",
        "生物科技",
        "物流",
        "商贸",
        "餐饮管理",
        "酒店管理",
        "保安服务",
        "家政服务",
        "环保科技",
        "包装",
        "塑业",
        "农业开发",
        "网络科技",
    )
)
FORMS = Weighted.of([("有限公司", 75), ("有限责任公司", 15), ("股份有限公司", 5), ("厂", 5)])
SHOPS = ("烩面馆", "超市", "饭店", "理发店", "汽修部", "五金店", "洗车行", "便利店", "烧烤店")
SHOP_OWNERS = ("老王", "老李", "老张", "小刘", "老陈", "老杨", "大赵", "老郭", "阿强", "二妮")
PUBLIC_BODIES = ("第一中学", "第二中学", "第三中学", "实验学校", "人民医院", "中医院", "妇幼保健院")
VILLAGE_ENDINGS = "庄店营屯集"
STREETS = (
    "人民路",
    "平原路",
    "胜利路",
    "金穗大道",
    "新中大道",
    "宏力大道",
    "劳动路",
    "自由路",
    "和平路",
    "健康路",
    "南干道",
    "北干道",
    "东干道",
    "中同街",
    "向阳路",
    "新二街",
    "牧野大道",
    "华兰大道",
)

# (name, category) of the mediation organisations the demo adds
DEMO_ORGS = (
    ("新乡市红旗区渠东街道劳动就业社会保障服务所调解室", "乡镇街道劳动就业社会保障服务所"),
    ("新乡市卫滨区胜利路街道劳动就业社会保障服务所调解室", "乡镇街道劳动就业社会保障服务所"),
    ("新乡市牧野区王村镇劳动就业社会保障服务所调解室", "乡镇街道劳动就业社会保障服务所"),
    ("辉县市孟庄镇劳动就业社会保障服务所调解室", "乡镇街道劳动就业社会保障服务所"),
    ("长垣市人民调解委员会", "基层人民调解组织"),
    ("获嘉县照镜镇人民调解委员会", "基层人民调解组织"),
    ("新乡市华兴机械制造有限公司劳动争议调解委员会", "企业劳动争议调解委员会"),
    ("河南宏达纺织有限公司劳动争议调解委员会", "企业劳动争议调解委员会"),
)


def person_name(rand: Rand) -> tuple[str, bool]:
    """A name of two to four characters, and whether the person is a man."""
    male = rand() < MALE_SHARE
    chars = MALE_CHARS if male else FEMALE_CHARS
    given = pick(rand, chars)
    if rand() < 0.7:
        given += pick(rand, chars)
    return SURNAMES.pick(rand) + given, male


def brand(rand: Rand) -> str:
    """字号: two different characters."""
    first = pick(rand, BRAND_CHARS)
    second = pick(rand, BRAND_CHARS)
    return first + second if second != first else first + "达"


def address(rand: Rand, place: str) -> str:
    return f"{place}{pick(rand, STREETS)}{between(rand, 1, 300)}号"


def mobile(rand: Rand) -> str:
    return f"1{pick(rand, '35789')}{int(rand() * 10**9):09d}"


def landline(rand: Rand) -> str:
    return f"0373-{int(rand() * 10**7):07d}"
