"""Facts the packages' data lacks, written once: English names that are not plain pinyin, place
readings of characters that pypinyin reads otherwise, the ethnic groups of autonomous areas, and
the districts of Hong Kong and Macao in English.

Each table is short and checked by the build (a name here that the packages' data lacks fails it).
"""

from __future__ import annotations

# Provinces whose English name is not the pinyin of their short Chinese name.
PROVINCE_ENGLISH: dict[str, tuple[str, ...]] = {
    "陕西": ("Shaanxi",),
    "内蒙古": ("Inner Mongolia", "Nei Mongol"),
    "西藏": ("Xizang", "Tibet"),
}

# The full English names of the autonomous regions.
REGION_ENGLISH: dict[str, tuple[str, ...]] = {
    "内蒙古": ("Inner Mongolia Autonomous Region", "Nei Mongol Autonomous Region"),
    "广西": ("Guangxi Zhuang Autonomous Region",),
    "西藏": ("Xizang Autonomous Region", "Tibet Autonomous Region"),
    "宁夏": ("Ningxia Hui Autonomous Region",),
    "新疆": ("Xinjiang Uygur Autonomous Region", "Xinjiang Uyghur Autonomous Region"),
}

# Places whose customary English name is not pinyin (mostly from Mongolian, Tibetan, Uygur and
# Manchu), by their Chinese name without its type word; the pinyin stays as another name.
CUSTOMARY_ENGLISH: dict[str, str] = {
    "呼和浩特": "Hohhot",
    "鄂尔多斯": "Ordos",
    "呼伦贝尔": "Hulunbuir",
    "巴彦淖尔": "Bayannur",
    "乌兰察布": "Ulanqab",
    "兴安": "Hinggan",
    "锡林郭勒": "Xilingol",
    "阿拉善": "Alxa",
    "海拉尔": "Hailar",
    "乌兰浩特": "Ulanhot",
    "二连浩特": "Erenhot",
    "锡林浩特": "Xilinhot",
    "哈尔滨": "Harbin",
    "齐齐哈尔": "Qiqihar",
    "拉萨": "Lhasa",
    "日喀则": "Xigaze",
    "昌都": "Qamdo",
    "林芝": "Nyingchi",
    "那曲": "Nagqu",
    "阿里": "Ngari",
    "乌鲁木齐": "Urumqi",
    "克拉玛依": "Karamay",
    "吐鲁番": "Turpan",
    "哈密": "Hami",
    "阿克苏": "Aksu",
    "喀什": "Kashgar",
    "和田": "Hotan",
    "伊犁": "Ili",
    "阿勒泰": "Altay",
    "塔城": "Tacheng",
    "博尔塔拉": "Bortala",
    "巴音郭楞": "Bayingolin",
    "克孜勒苏": "Kizilsu",
    "库尔勒": "Korla",
    "伊宁": "Yining",
    "果洛": "Golog",
    "甘孜": "Garze",
    "阿坝": "Ngawa",
    "迪庆": "Diqing",
}

# Two new areas keep "New Area" in their official English name.
NEW_AREAS = frozenset({"浦东新区", "滨海新区"})

# Readings a character takes in place names where pypinyin reads it otherwise (长宁 is Changning,
# 朝阳 Chaoyang, 闵行 Minhang, 漯河 Luohe, 成都 Chengdu); names that break the rule below.
CHARACTER_READINGS: dict[str, str] = {
    "长": "chang",
    "朝": "chao",
    "漯": "luo",
    "蚌": "beng",
    "都": "du",
    "棱": "ling",
    "珲": "hun",
    "泊": "bo",
}
NAME_READINGS: dict[str, tuple[str, ...]] = {
    "长子": ("zhang", "zi"),
    "闵行": ("min", "hang"),
    "单县": ("shan", "xian"),
    "涡阳": ("guo", "yang"),
    "乐清": ("yue", "qing"),
    "乐亭": ("lao", "ting"),
    "六安": ("lu", "an"),
    "番禺": ("pan", "yu"),
}

# The ethnic groups named in autonomous areas and ethnic townships, and their English names.
ETHNIC_GROUPS: dict[str, str] = {
    "蒙古": "Mongolian",
    "回": "Hui",
    "藏": "Tibetan",
    "维吾尔": "Uygur",
    "苗": "Miao",
    "彝": "Yi",
    "壮": "Zhuang",
    "布依": "Bouyei",
    "朝鲜": "Korean",
    "满": "Manchu",
    "侗": "Dong",
    "瑶": "Yao",
    "白": "Bai",
    "土家": "Tujia",
    "哈尼": "Hani",
    "哈萨克": "Kazak",
    "傣": "Dai",
    "黎": "Li",
    "傈僳": "Lisu",
    "佤": "Va",
    "畲": "She",
    "高山": "Gaoshan",
    "拉祜": "Lahu",
    "水": "Shui",
    "东乡": "Dongxiang",
    "纳西": "Naxi",
    "景颇": "Jingpo",
    "柯尔克孜": "Kirgiz",
    "土": "Tu",
    "达斡尔": "Daur",
    "仫佬": "Mulao",
    "羌": "Qiang",
    "布朗": "Blang",
    "撒拉": "Salar",
    "毛南": "Maonan",
    "仡佬": "Gelao",
    "锡伯": "Xibe",
    "阿昌": "Achang",
    "普米": "Pumi",
    "塔吉克": "Tajik",
    "怒": "Nu",
    "乌孜别克": "Uzbek",
    "俄罗斯": "Russian",
    "鄂温克": "Ewenki",
    "德昂": "De'ang",
    "保安": "Bonan",
    "裕固": "Yugur",
    "京": "Gin",
    "塔塔尔": "Tatar",
    "独龙": "Derung",
    "鄂伦春": "Oroqen",
    "赫哲": "Hezhen",
    "门巴": "Monba",
    "珞巴": "Lhoba",
    "基诺": "Jino",
    "各": "Various Ethnic Groups",
}

# Hong Kong's 18 districts and Macao's parishes: the package names them in Chinese only.
HONG_KONG_DISTRICTS: dict[str, str] = {
    "中西区": "Central and Western",
    "湾仔区": "Wan Chai",
    "东区": "Eastern",
    "南区": "Southern",
    "油尖旺区": "Yau Tsim Mong",
    "深水埗区": "Sham Shui Po",
    "九龙城区": "Kowloon City",
    "黄大仙区": "Wong Tai Sin",
    "观塘区": "Kwun Tong",
    "葵青区": "Kwai Tsing",
    "荃湾区": "Tsuen Wan",
    "屯门区": "Tuen Mun",
    "元朗区": "Yuen Long",
    "北区": "North",
    "大埔区": "Tai Po",
    "沙田区": "Sha Tin",
    "西贡区": "Sai Kung",
    "离岛区": "Islands",
}
MACAO_PARISHES: dict[str, tuple[str, ...]] = {
    "大堂区": ("Sé", "Se"),
    "望德堂区": ("São Lázaro", "Sao Lazaro"),
    "风顺堂区": ("São Lourenço", "Sao Lourenco"),
    "花地玛堂区": ("Nossa Senhora de Fátima", "Nossa Senhora de Fatima", "Fatima"),
    "圣安多尼堂区": ("Santo António", "Santo Antonio"),
    "嘉模堂区": ("Nossa Senhora do Carmo", "Taipa"),
    "圣方济各堂区": ("São Francisco Xavier", "Sao Francisco Xavier", "Coloane"),
}

# Places the statistical data has no unit for: Shenzhen's Dapeng New District is a functional
# area whose sub-districts the data lists under Longgang District. (parent path, Chinese, English)
FUNCTIONAL_AREAS: tuple[tuple[str, str, str], ...] = (("guangdong/shenzhen", "大鹏新区", "Dapeng New District"),)

# Misspellings in the Taiwan postal data's English names, and its romanizations that differ from
# the customary ones (屏東 is Pingtung, as the county).
TAIWAN_ENGLISH_FIXES: dict[str, str] = {
    "Daton": "Datong",
    "Disrict": "District",
    "Distict": "District",
    "Hengchu": "Hengchun",
    "Yangping": "Yanping",
    "Pingdong": "Pingtung",
    "HsinChu": "Hsinchu",
}
