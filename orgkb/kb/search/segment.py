"""Chinese words: text written in Chinese cut into the words the text model compares.

Chinese is written without spaces, so a duty's words are found by the thesaurus's segmenter
(`orgkb.ontology.segmenter`: rjieba, the jieba dictionary and algorithm in Rust), with every
Chinese label of the matter thesaurus in its dictionary, so that 最低生活保障, 12345热线 or 外宾接待
stay one word as well as their parts (search mode also gives 最低, 生活, 保障). The segmenter is
made on the first Chinese text seen, so an English-only knowledge base never pays for its
dictionary (about 0.7 s).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from orgkb.ontology.script import has_chinese, simplified
from orgkb.ontology.thesaurus import default_thesaurus

if TYPE_CHECKING:
    pass


# Function words, duty boilerplate ("负责 ... 工作", "承办 ... 交办的其他事项") and the words that
# shape a question rather than say its matter ("谁", "哪个部门", "怎么"): not searched by.
_STOPWORDS = """\
的 了 和 与 及 以及 或 或者 等 等等 在 对 是 为 由 把 将 从 向 于 其 之 并 并且 中 各 各项 各类 有关 相关
其他 其它 方面 进行 开展 做好 加强 健全 完善 落实 贯彻 推进 推动 实施 执行 按照 根据 依法 依据 规定 具体
负责 承担 承办 办理 交办 完成 工作 事项 任务 职责 职能 主要 全区 本区 全市 本市 全县 本县 区 市 县
谁 哪个 哪些 哪里 哪儿 哪 在哪 什么 怎么 怎样 怎么样 如何 为什么 部门 单位 机构 找 去 可以 能 能够 要 想 需要
应该 应当 我 我们 你 你们 您 他 她 他们 请问 请 吗 呢 啊 吧 呀 管 归 问题 处理 办 问 一下 这个 那个 这 那
"""
CHINESE_STOPWORDS = frozenset(_STOPWORDS.split())


def chinese_words(run: str) -> list[str]:
    """The words of a run of Chinese that say something, in order, compounds after their parts,
    in simplified characters (`script.simplified`: 申請 is 申请).

    >>> chinese_words("低保怎么申请")
    ['低保', '申请']
    """
    return [
        word
        for word in default_thesaurus().segmenter.cut(simplified(run))
        if len(word) > 1 and word not in CHINESE_STOPWORDS and (has_chinese(word) or word.isdigit())
    ]
