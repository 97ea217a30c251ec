#!/usr/bin/env python3
"""Builds seed/lexicon/seed_entities.json and seed/graph.cypher from the curated data below.

The data is written once, here; evidence is given as a short snippet of the article and expanded to the
full verbatim sentence that contains it (the snippet must occur in exactly one sentence).

    python3 seed/tools/build_seed.py      # regenerate
    python3 seed/tools/check_seed.py      # validate
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from seedlib import ARTICLE_ID, SEED_DIR, Date, lit, sentence_with, SENTENCES  # noqa: E402

SRC = ARTICLE_ID
ARTICLE = {
    'id': ARTICLE_ID,
    # Plain-text convention (articles/README.md): the first line is the title.
    'title': '在短短一周之内,OpenAI连续实现了三项关键突破。',
    'title_en': 'OpenAI\'s compute empire: the Oracle contract, the Microsoft MOU, custom chips and Stargate',
    'date': Date('2026-01-02'),
    'source': '主机测评网',
    'url': 'https://www.vpshk.cn/20260114225.html',
    'language': 'zh',
}

# ---------------------------------------------------------------------------------------------------------
# Entities: name -> dict(label, aliases, description, props, ev).  `props` are facts about the node itself;
# `ev` lists snippets of the sentences that state those facts (stored as n.sources / n.evidence).
# ---------------------------------------------------------------------------------------------------------
ENTITIES = []
SECTION = {}


def E(section, name, label, aliases, description, props=None, ev=()):
    ENTITIES.append(dict(section=section, name=name, label=label, aliases=aliases,
                         description=description, props=props or {}, ev=list(ev)))


# Companies ---------------------------------------------------------------------------------------------
S = 'Companies'
E(S, 'OpenAI', 'Company', ['OpenAI'],
  'AI lab behind ChatGPT; building its own "compute empire" (Oracle contract, Stargate, Broadcom custom chips).',
  {'valuation': 500000000000, 'valuation_currency': 'USD',
   'valuation_note': 'target valuation sought in the private market (2025)',
   'annual_revenue': 12700000000, 'annual_revenue_currency': 'USD', 'annual_revenue_qualifier': 'about',
   'annual_revenue_year': 2025,
   'annual_revenue_2019_max': 100000000,
   'cash_burn_through_2029': 115000000000, 'cash_burn_currency': 'USD',
   'cash_burn_revision': 80000000000,
   'rd_share_of_revenue_2030_percent': 45, 'inference_share_of_revenue_2030_percent': 25,
   'founded_as': 'nonprofit research lab funded by donations',
   'structure': 'two-tier: nonprofit OpenAI Inc controls the for-profit subsidiary OpenAI LP (since end of 2024)',
   'cash_burn_main_driver': 'investment in its own data-center server chips and facilities',
   'cloud_rental_share_of_revenue_2030': 'nearly half',
   'valuation_2023_11': 100000000000, 'valuation_2023_11_qualifier': 'on the order of (千亿美元)',
   'valuation_doubted': True},
  ['公司估值更是飙升至5000亿美元', 'OpenAI当前年收入约127亿美元', '年收入127亿美元对比年支出600亿美元',
   '年收入不足1亿美元的研究机构', '其资金消耗将高达1150亿美元', '研发支出仍将占营收的45%',
   'OpenAI的初始资金源于无偿捐赠', '经过2024年底的公司结构调整', '对自有数据中心服务器芯片和设施的投资将是其现金消耗的主要原因',
   '这一事件也暴露了其治理结构的脆弱性', '市场对于其5000亿美元估值的质疑声接连不断'])
E(S, 'OpenAI Inc', 'Company', ['OpenAI Inc', 'OpenAI Inc.', 'OpenAI非营利实体', '非营利组织OpenAI Inc'],
  'The nonprofit parent of OpenAI; controls the for-profit arm and keeps a golden-share veto.',
  {'assets_min': 100000000000, 'assets_currency': 'USD',
   'note': 'expected to become one of the best-funded nonprofits in the world'},
  ['其非营利部门将获得超过1000亿美元的资产', '非营利组织获得了史无前例的慈善资产'])
E(S, 'OpenAI LP', 'Company', ['OpenAI LP'],
  'OpenAI\'s for-profit subsidiary, controlled by OpenAI Inc; to be converted into a public benefit corporation.')
E(S, 'OpenAI PBC', 'Company', ['OpenAI PBC', '新公益公司', '公益公司', 'PBC'],
  'The public benefit corporation OpenAI\'s for-profit arm is converting into; can IPO and raise capital.',
  {'successor_of': 'OpenAI LP', 'investor_shares_percent': 80, 'investor_returns': 'uncapped'},
  ['其余80%股份将由OpenAI PBC持有', '非营利组织获得了史无前例的慈善资产'])
E(S, 'Oracle', 'Company', ['甲骨文', 'Oracle'],
  'Cloud and database company; OpenAI\'s $300B five-year cloud provider and Stargate partner.',
  {'orders_from_openai_percent': 90, 'orders_from_openai_qualifier': 'more than'},
  ['甲骨文超过90%的订单来自OpenAI这单一客户', '甲骨文等传统科技企业借势强势回归'])
E(S, 'Microsoft', 'Company', ['微软', 'Microsoft'],
  'OpenAI\'s largest investor and former exclusive cloud provider (Azure).',
  {'cloud_revenue_growth_2022_percent': 100, 'cloud_revenue_growth_2022_qualifier': 'more than'},
  ['微软云业务的营收增速超过了100%'])
E(S, 'Nvidia', 'Company', ['英伟达', 'Nvidia', 'NVIDIA'],
  'Dominant AI-chip maker; early supporter of OpenAI; supplies xAI and Nscale.',
  {'ai_chip_market_share_percent': 80},
  ['旨在打破英伟达在AI芯片领域高达80%的市场垄断'])
E(S, 'Broadcom', 'Company', ['博通', 'Broadcom'],
  'Chip company co-developing OpenAI\'s custom AI chip (Titan) under a ~$10B deal.')
E(S, 'SoftBank', 'Company', ['软银', 'SoftBank'],
  'Japanese investment group; joint driver of Stargate with OpenAI and Oracle.')
E(S, 'Google', 'Company', ['谷歌', 'Google'],
  'OpenAI competitor; committed to building new AI data centers in the UK; runs Google Cloud.')
E(S, 'Anthropic', 'Company', ['Anthropic'],
  'OpenAI competitor; supplies AI services to Microsoft for Office 365; building gigawatt-scale clusters.')
E(S, 'Meta', 'Company', ['Meta'],
  'OpenAI competitor building gigawatt-scale AI clusters.')
E(S, 'Meta Superintelligence', 'Company', ['Meta Superintelligence'],
  'Meta\'s superintelligence unit, whose data-center capacity SemiAnalysis compares with xAI\'s.')
E(S, 'xAI', 'Company', ['xAI'],
  'Elon Musk\'s AI company; built the Colossus 1 cluster in Memphis in 122 days; Colossus II.')
E(S, 'Nscale', 'Company', ['Nscale'],
  'British AI-infrastructure start-up; with Nvidia has put 31,000 GPUs in the UK.')
E(S, 'D.A. Davidson', 'Company', ['D.A. Davidson'],
  'US investment bank; its analyst Gil Luria warned about OpenAI and Oracle\'s customer concentration.')

# People ------------------------------------------------------------------------------------------------
S = 'People'
E(S, 'Sam Altman', 'Person', ['山姆·奥特曼', '奥特曼', '萨姆·奥特曼', 'Sam Altman'],
  'CEO of OpenAI; briefly ousted by the nonprofit board in November 2023; sued by Elon Musk in February 2024.')
E(S, 'Satya Nadella', 'Person', ['萨提亚·纳德拉', '纳德拉', 'Satya Nadella'],
  'CEO of Microsoft; began hedging against OpenAI after Altman\'s November 2023 ouster.')
E(S, 'Jensen Huang', 'Person', ['黄仁勋', 'Jensen Huang'],
  'Nvidia\'s head; personally delivered a top supercomputer to OpenAI headquarters about ten years ago.')
E(S, 'Elon Musk', 'Person', ['马斯克', '埃隆·马斯克', 'Elon Musk'],
  'Sued Sam Altman in February 2024; showed off xAI\'s Colossus II on X.')
E(S, 'Greg Brockman', 'Person', ['格雷格·布罗克曼', '布罗克曼', 'Greg Brockman'],
  'OpenAI co-founder; said on 2025-09-16 that compute is the new bottleneck on creativity.')
E(S, 'Gil Luria', 'Person', ['吉尔·卢里亚', '卢里亚', 'Gil Luria'],
  'D.A. Davidson analyst who warned about OpenAI\'s fundraising and Oracle\'s >90% dependence on OpenAI.')
E(S, 'Donald Trump', 'Person', ['特朗普', '特朗普总统', 'Donald Trump'],
  'US president; Stargate UK was announced as an outcome of his state visit to the UK.')

# Products ----------------------------------------------------------------------------------------------
S = 'Products'
E(S, 'ChatGPT', 'Product', ['ChatGPT'],
  'OpenAI\'s chatbot, launched in 2022; over 1 billion users and over $10B in subscription revenue.',
  {'launched': '2022', 'users': 1000000000, 'users_qualifier': 'more than',
   'subscription_revenue': 10000000000, 'subscription_revenue_currency': 'USD',
   'subscription_revenue_qualifier': 'more than'},
  ['2022年ChatGPT横空出世后', 'ChatGPT的用户规模已突破10亿'])
E(S, 'GPT-4.5', 'Product', ['ChatGPT 4.5', 'ChatGPT 4.5版本', 'GPT-4.5'],
  'ChatGPT update of March 2025 with leading image generation; its demand caused delays and outages.',
  {'released': '2025-03', 'feature': 'image generation'},
  ['ChatGPT 4.5版本更新'])
E(S, 'Azure', 'Product', ['Azure', 'Azure平台'],
  'Microsoft\'s cloud platform; exclusive OpenAI cloud from 2019 to January 2025.')
E(S, 'Office 365', 'Product', ['Office 365'],
  'Microsoft\'s office software; some new AI features use Anthropic\'s services.')
E(S, 'Google Cloud', 'Company', ['Google Cloud', '谷歌云'],
  'Google\'s cloud business; one of OpenAI\'s new compute partners.')
E(S, 'Titan', 'Product', ['Titan', '“Titan”'],
  'OpenAI\'s custom AI chip co-developed with Broadcom: 3 nm, mass production planned for 2026, internal use first.',
  {'process_nm': 3, 'mass_production': '2026', 'internal_use_first': True,
   'aim': 'lower chip cost; technological autonomy; break Nvidia\'s 80% AI-chip share'},
  ['代号为“Titan”的定制AI芯片采用3纳米先进制程', '而在另一条战线,OpenAI的自研芯片计划时间表也终于明晰',
   '《金融时报》、路透社等多家权威媒体披露', '这不仅有望降低芯片成本'])
E(S, 'H100', 'Product', ['H100'], 'Nvidia data-center GPU; part of Colossus 1\'s ~200,000 H100/H200 GPUs.')
E(S, 'H200', 'Product', ['H200'], 'Nvidia data-center GPU; part of Colossus 1\'s ~200,000 H100/H200 GPUs.')
E(S, 'GB200 NVL72', 'Product', ['GB200 NVL72', 'GB200 NVL72系统'], 'Nvidia rack-scale system; Colossus 1 has about 30,000.')
E(S, 'X', 'Product', ['X'], 'The social network on which Elon Musk showed off Colossus II.')
E(S, 'OpenAI Academy', 'Product', ['OpenAI学院', 'OpenAI Academy'],
  'OpenAI\'s AI-skills training programme, offered as part of Stargate in the UK.')

# Projects ----------------------------------------------------------------------------------------------
S = 'Projects'
E(S, 'Stargate', 'Project', ['星际之门', '“星际之门”', 'Stargate', '星际之门计划', '英国的星际之门计划'],
  'OpenAI\'s AI-infrastructure project with SoftBank and Oracle: $500B over four years in the US; extended to the UK.',
  {'planned_investment': 500000000000, 'planned_investment_currency': 'USD', 'duration_years': 4,
   'goal': 'the world\'s largest AI computing cluster',
   'value_note': 'worth hundreds of billions of dollars'},
  ['计划在4年内投入5000亿美元', '“星际之门”将成为全球最大的AI计算集群', '这一调整为OpenAI与甲骨文等公司合作推进价值数千亿美元的'])

# Facilities --------------------------------------------------------------------------------------------
S = 'Facilities'
E(S, 'Stargate Abilene site', 'Facility', ['Abilene site', 'Stargate Abilene', '首个设施'],
  'The first Stargate facility, in operation in Abilene, Texas.',
  {'status': 'operational', 'first_stargate_facility': True},
  ['首个设施已在德克萨斯州阿比林投入运营'])
E(S, 'Oracle AI data centers for OpenAI', 'Facility', ['专门的AI数据中心', 'Oracle AI data centers'],
  'Dedicated AI data centers Oracle is to build in Wyoming, Texas, Michigan and elsewhere to serve OpenAI.',
  {'status': 'planned', 'customer': 'OpenAI', 'capacity_gw': 4.5},
  ['甲骨文将在怀俄明州、得克萨斯州、密歇根州等地建设专门的AI数据中心', '高达4.5千兆瓦的数据中心容量'])
E(S, 'Colossus 1', 'Facility', ['Colossus 1', 'Colossus'],
  'xAI\'s AI training cluster in Memphis, built from scratch in 122 days.',
  {'build_days': 122, 'gpus': 200000, 'gpu_models': ['H100', 'H200'], 'gb200_nvl72_systems': 30000,
   'capacity_mw': 300, 'status': 'operational',
   'note': 'one of the largest fully operational single coherent clusters'},
  ['仅用了122天就在孟菲斯建成了名为Colossus 1的AI训练集群', '与OpenAI、Meta和Anthropic正在建设的千兆瓦级集群相比'])
E(S, 'Colossus 2', 'Facility', ['Colossus II', 'Colossus 2'],
  'xAI\'s next supercomputer cluster in Memphis; its layout spells MACROHARD (巨硬), visible from space.',
  {'roof_text': 'MACROHARD', 'roof_text_zh': '巨硬'},
  ['马斯克就在X上炫耀'])
E(S, 'OpenAI headquarters', 'Facility', ['OpenAI总部', '加州总部'],
  'OpenAI\'s headquarters in California, which OpenAI was reported in early September 2025 to consider leaving.',
  {'considering_leaving': True, 'considering_leaving_date': '2025-09'},
  ['正在考虑离开其加州总部'])
E(S, 'Three Gorges Dam', 'Facility', ['三峡大坝'],
  'Chinese hydropower dam; the 4.5 GW Oracle contract equals the output of about two of them.')

# Places ------------------------------------------------------------------------------------------------
S = 'Places'
E(S, 'United States', 'Place', ['美国', '美国本土', 'US', 'USA'], 'Country.')
E(S, 'United Kingdom', 'Place', ['英国', 'UK'], 'Country; Stargate\'s first site outside the US (announced 2025-09-17).')
E(S, 'China', 'Place', ['中国'], 'Country; AI-infrastructure rival of the United States.')
E(S, 'Texas', 'Place', ['得克萨斯州', '德克萨斯州', 'Texas'], 'US state.')
E(S, 'Wyoming', 'Place', ['怀俄明州', 'Wyoming'], 'US state.')
E(S, 'Michigan', 'Place', ['密歇根州', 'Michigan'], 'US state.')
E(S, 'Abilene', 'Place', ['阿比林', 'Abilene'], 'City in Texas; site of the first Stargate facility.')
E(S, 'Memphis', 'Place', ['孟菲斯', 'Memphis'], 'US city; site of xAI\'s Colossus 1 and Colossus II.')
E(S, 'California', 'Place', ['加州', 'California'], 'US state; home of OpenAI\'s headquarters.')
E(S, 'Saudi Arabia', 'Place', ['沙特阿拉伯', 'Saudi Arabia'], 'Middle Eastern country in talks with OpenAI on compute centers.')
E(S, 'Middle East', 'Place', ['中东', 'Middle East'], 'Region.')

# Agencies ----------------------------------------------------------------------------------------------
S = 'Agencies'
E(S, 'California Attorney General', 'Agency', ['加州总检察长', '加州监管机构'],
  'California\'s chief law officer, responsible for protecting charitable assets; investigating OpenAI\'s restructuring.')

# Media -------------------------------------------------------------------------------------------------
S = 'Media'
E(S, 'Financial Times', 'Media', ['金融时报', '《金融时报》', 'Financial Times', 'FT'], 'British newspaper.')
E(S, 'Reuters', 'Media', ['路透社', 'Reuters'], 'News agency.')
E(S, 'The Information', 'Media', ['The Information', '《The Information》'], 'Technology news outlet.')
E(S, 'CNBC', 'Media', ['CNBC'], 'US business news network.')
E(S, 'SemiAnalysis', 'Media', ['SemiAnalysis'], 'Independent semiconductor and AI-infrastructure research firm.')
E(S, '主机测评网', 'Media', ['主机测评网', 'vpshk.cn'], 'Chinese hosting-review website that published the seed article.')

# Concepts ----------------------------------------------------------------------------------------------
S = 'Concepts'
E(S, 'Oracle revenue concentration', 'Concept', ['甲骨文超过90%的订单来自OpenAI', '集中度', 'Oracle customer concentration'],
  'More than 90% of Oracle\'s orders come from a single customer, OpenAI.',
  {'company': 'Oracle', 'customer': 'OpenAI', 'share_percent': 90, 'share_qualifier': 'more than',
   'metric': 'share of Oracle\'s orders that come from a single customer (OpenAI)',
   'assessed_by': 'Gil Luria, D.A. Davidson (reported by CNBC)',
   'assessment': 'significantly reduces investment attractiveness (显著降低了投资吸引力)'},
  ['甲骨文超过90%的订单来自OpenAI这单一客户'])
E(S, 'Oracle stock', 'Concept', ['甲骨文股价', 'Oracle share price'],
  'Oracle\'s share price: +36% on 2025-09-10, its largest one-day gain in 32 years.',
  {'company': 'Oracle', 'single_day_gain_percent': 36, 'single_day_gain_date': Date('2025-09-10'),
   'record': 'largest single-day gain in 32 years', 'record_years': 32},
  ['甲骨文股价单日飙升36%', '甲骨文的股价狂欢和微软的战略性让步'])
E(S, 'Compute shortage', 'Concept', ['算力短缺', '算力不足', '算力,真的严重不足', 'compute shortage'],
  'OpenAI does not have enough compute: GPUs exhausted, delayed updates, outages; its biggest bottleneck and cost.',
  {'symptoms': ['GPUs exhausted', 'repeated update delays', 'service outages'],
   'severity': 'the biggest bottleneck on OpenAI\'s growth; compute spending its biggest cost pressure'},
  ['算力,真的严重不足', '算力不足导致了屡次更新延迟和服务中断', '算力短缺已成为制约其发展的最大瓶颈',
   '格雷格·布罗克曼在9月16日发布的访谈中谈到', '谁控制了算力,谁就掌握了AI的未来'])
E(S, 'OpenAI funding gap', 'Concept', ['资金缺口', '收支缺口', '收支失衡', 'OpenAI funding shortfall'],
  'OpenAI earns about $12.7B a year but owes Oracle about $60B a year: it must keep raising capital at scale.',
  {'annual_revenue': 12700000000, 'annual_oracle_spend': 60000000000, 'currency': 'USD',
   'annual_gap': 47300000000, 'annual_gap_derived': True,
   'cash_burn_through_2029': 115000000000},
  ['OpenAI当前年收入约127亿美元', '年收入127亿美元对比年支出600亿美元', '资金缺口、技术路径的不确定性都是巨大的挑战',
   '甲骨文超过90%的订单来自OpenAI这单一客户', '其资金消耗将高达1150亿美元'])
E(S, 'OpenAI restructuring', 'Concept', ['重组', '公司结构重组', 'PBC转型', 'PBC(公益公司)转型', 'OpenAI restructuring'],
  'Conversion of OpenAI\'s for-profit arm into a PBC under nonprofit control; approved by Microsoft on 2025-09-11.',
  {'target_form': 'public benefit corporation (PBC), controlled by the nonprofit OpenAI Inc',
   'decided': '2025-05', 'deadline': Date('2025-12-31'),
   'microsoft_approval': Date('2025-09-11'),
   'nonprofit_stake_percent': 20, 'investor_stake_percent': 80, 'issue_since': '2024 (second half)',
   'pressure_from': ['former employees', 'AI ethicists', 'regulators']},
  ['今年五月,OpenAI暂时妥协', 'OpenAI必须在2025年底前完成重组', '获得了微软对向PBC(公益公司)转型的正式许可',
   '房间里的大象', '其非营利性质不断遭受质疑', 'PBC(公益公司)转型,或许是OpenAI在现行框架下找到的唯一可行解决方案'])
E(S, 'Microsoft-OpenAI MOU', 'Concept', ['非约束性谅解备忘录', '谅解备忘录', '新关系协议', 'Microsoft–OpenAI MOU'],
  'Non-binding memorandum of understanding signed 2025-09-11: Microsoft approves the PBC conversion and '
  'takes ~28%; its revenue share falls to ~8% by 2030; cloud exclusivity ends.',
  {'date': Date('2025-09-11'), 'binding': False, 'joint_statement_sentences': 3,
   'microsoft_stake_percent': 28, 'microsoft_stake_value': 140000000000,
   'revenue_share_percent_before': 20, 'revenue_share_percent_2030': 8,
   'openai_retained_revenue_min': 50000000000, 'nonprofit_assets_min': 100000000000, 'currency': 'USD'},
  ['悄然签署了一份', '9月11日签署的这份不具约束力的谅解备忘录', '尽管联合声明仅有三句话'])
E(S, 'OpenAI March 2025 funding round', 'Concept', ['400亿美元融资', 'OpenAI $40B round'],
  'The $40B round OpenAI completed in March 2025 (the article does not name the investors); cut to $20B '
  'unless OpenAI restructures into a for-profit entity by December 31.',
  {'amount': 40000000000, 'conditional_amount': 20000000000, 'currency': 'USD', 'date': '2025-03',
   'condition': 'OpenAI restructures into a for-profit entity', 'deadline': Date('2025-12-31'),
   'investors_named': False},
  ['OpenAI完成了400亿美元融资'])
E(S, 'OpenAI IPO', 'Concept', ['IPO', '上市融资', 'OpenAI IPO'],
  'OpenAI\'s prospective initial public offering, made feasible by Microsoft\'s approval of the restructuring.',
  {'status': 'path cleared (2025-09)'},
  ['IPO之路由此畅通', '上市融资,对OpenAI而言从可能变为可行'])
E(S, 'Technology path uncertainty', 'Concept', ['技术路径的不确定性', 'technology path uncertainty'],
  'Risk that AI progress disappoints or a new paradigm appears, leaving OpenAI\'s huge investments unrecovered.')
E(S, 'OpenAI compute empire', 'Concept', ['算力帝国', 'OpenAI compute empire'],
  'OpenAI\'s ambition to own its compute: Oracle contract, Stargate, custom chips, international sites.',
  {'owner': 'OpenAI', 'champion': 'Sam Altman',
   'goal': 'store its own "firewood" (compute) and attract more diverse "fire" (suppliers, capital); '
           'dominate the AI-infrastructure ecosystem',
   'rationale': 'a single supplier is a supply risk and limits growth; owning data centers, servers and compute controls cost',
   'scale': 'comparable to the tech giants',
   'purpose': 'commercial, and to hold the initiative in the global AI competition'},
  ['OpenAI正逐步孕育着一个宏大的“算力帝国”梦想', '已然达到与科技巨头比肩的规模', '依赖单一供应商不仅存在供应风险',
   '奥特曼的野心,直指AI基础设施生态的主导者地位', 'OpenAI试图建立独立的算力帝国,不仅是出于商业考量'])
E(S, 'AGI', 'Concept', ['AGI', '通用人工智能'],
  'Artificial general intelligence; OpenAI\'s goal, and the safety decisions the nonprofit\'s golden share protects.')

ENT = {e['name']: e for e in ENTITIES}

# ---------------------------------------------------------------------------------------------------------
# Relationships: (section, type, from, to, key, props, evidence snippets)
# ---------------------------------------------------------------------------------------------------------
RELS = []


def R(section, typ, a, b, key, props=None, ev=()):
    assert ev, key
    RELS.append(dict(section=section, type=typ, a=a, b=b, key=key, props=props or {}, ev=list(ev)))


# Deals ---------------------------------------------------------------------------------------------------
S = 'Deals (DEAL_WITH: customer -> provider)'
R(S, 'DEAL_WITH', 'OpenAI', 'Oracle', 'openai-oracle-cloud-contract',
  {'kind': 'cloud', 'value': 300000000000, 'currency': 'USD', 'duration_years': 5, 'capacity_gw': 4.5,
   'date': Date('2025-09-10'), 'annual_value': 60000000000,
   'date_note': 'disclosed by 2025-09-10, the day of Oracle\'s 36% jump',
   'households_equivalent': 4500000, 'chips_supported_min': 2000000,
   'equivalent': 'about the output of two Three Gorges Dams',
   'prerequisite': 'end of Microsoft\'s cloud exclusivity',
   'enabled_by': 'Microsoft\'s tacit consent, after OpenAI complained in 2024 that Microsoft built data centers too slowly',
   'part_of': 'Stargate'},
  ['“天价”云服务合作协议', '与甲骨文高达3000亿美元的合作,正是OpenAI算力帝国梦想的重要一步', '高达4.5千兆瓦的数据中心容量',
   'OpenAI当前年收入约127亿美元', '若没有与微软解除云服务的独占捆绑', 'OpenAI高层在2024年开始抱怨微软在建设新数据中心方面进展缓慢',
   '这一合作也正是OpenAI“星际之门”数据中心建设计划的核心组成部分'])
R(S, 'DEAL_WITH', 'OpenAI', 'Broadcom', 'openai-broadcom-custom-chip',
  {'kind': 'chips', 'value': 10000000000, 'currency': 'USD', 'qualifier': 'about', 'product': 'Titan',
   'production_year': 2026, 'what': 'custom AI chip, co-developed; internal use first'},
  ['OpenAI与博通价值约100亿美元的芯片合作协议', '《金融时报》、路透社等多家权威媒体披露'])
R(S, 'DEAL_WITH', 'OpenAI', 'Microsoft', 'openai-microsoft-exclusive-cloud-2019',
  {'kind': 'cloud', 'date': '2019', 'exclusive': True, 'status': 'replaced in 2025-01',
   'terms': 'Microsoft exclusive cloud provider (Azure exclusivity) with priority access to OpenAI technology'},
  ['2019年,微软以10亿美元投资OpenAI'])
R(S, 'DEAL_WITH', 'OpenAI', 'Microsoft', 'openai-microsoft-cloud-rofr-2025',
  {'kind': 'cloud', 'date': '2025-01', 'exclusive': False,
   'terms': 'exclusivity replaced by a right of first refusal: OpenAI considers Microsoft first but may use other providers',
   'status': 'exclusivity formally ended by the 2025-09-11 MOU'},
  ['新协议将微软对OpenAI云服务的独家经营权替换为优先购买权', '微软不再作为OpenAI的独家云服务供应商',
   '这一调整为OpenAI与甲骨文等公司合作推进价值数千亿美元的', '悄然签署了一份'])
R(S, 'DEAL_WITH', 'OpenAI', 'Microsoft', 'openai-microsoft-revenue-share',
  {'kind': 'other', 'what': 'revenue share paid by OpenAI to Microsoft',
   'revenue_share_percent': 20, 'revenue_share_until': '2030',
   'revenue_share_percent_2025': 20, 'revenue_share_percent_2025_qualifier': 'slightly below',
   'revenue_share_percent_2030': 8, 'revenue_share_percent_2030_qualifier': 'about',
   'openai_retained_revenue_min': 50000000000, 'currency': 'USD',
   'changed_by': 'Microsoft-OpenAI MOU'},
  ['微软在OpenAI收入中的分成比例将大幅降低', '微软有权在2030年之前获得这家初创公司20%的收入',
   '其与商业合作伙伴(即微软)的收入分成比例将调整至约8%', '额外保留超过500亿美元的收入',
   '这笔巨额收入对于持续面临算力支出激增压力的OpenAI而言至关重要'])
R(S, 'DEAL_WITH', 'Microsoft', 'Anthropic', 'microsoft-anthropic-office365',
  {'kind': 'other', 'what': 'AI services for some new AI features in Office 365', 'date': '2025',
   'purpose': 'hedge: reduce dependence on OpenAI'},
  ['微软开始采购Anthropic等竞争对手的AI服务'])

# Investments and stakes --------------------------------------------------------------------------------
S = 'Investments and stakes'
R(S, 'INVESTED_IN', 'Microsoft', 'OpenAI', 'microsoft-openai-2019',
  {'amount': 1000000000, 'currency': 'USD', 'date': '2019', 'round': 'Microsoft 2019 investment',
   'got': 'exclusive cloud provider (Azure) and priority access to OpenAI technology',
   'note': 'OpenAI then had under $100M annual revenue'},
  ['2019年,微软以10亿美元投资OpenAI', '年收入不足1亿美元的研究机构'])
R(S, 'INVESTED_IN', 'Microsoft', 'OpenAI', 'microsoft-openai-2023',
  {'amount': 12000000000, 'amount_derived': True, 'cumulative_amount': 13000000000, 'currency': 'USD',
   'date': '2023', 'round': 'Microsoft 2023 follow-on (compute and cash)', 'form': 'compute and cash',
   'note': 'the article gives the new total (13B); amount = 13B - 1B (2019). '
           'The Information puts Microsoft\'s total historical investment at about 14B.'},
  ['在2023年将算力和现金的总投资追加至130亿美元', '作为OpenAI商业转型过程中引入的最大“金主”', '这部分股权价值约1400亿美元'])
R(S, 'INVESTED_IN', 'OpenAI March 2025 funding round', 'OpenAI', 'openai-2025-03-round',
  {'amount': 40000000000, 'currency': 'USD', 'date': '2025-03', 'round': '$40B round (March 2025)',
   'conditional_amount': 20000000000,
   'condition': 'cut to $20B if OpenAI does not restructure into a for-profit entity by December 31',
   'deadline': Date('2025-12-31'), 'investors_named': False},
  ['OpenAI完成了400亿美元融资', 'OpenAI必须在2025年底前完成重组'])
R(S, 'INVESTED_IN', 'Stargate', 'United States', 'stargate-us-buildout',
  {'amount': 500000000000, 'currency': 'USD', 'duration_years': 4,
   'what': 'large-scale AI infrastructure network on US soil'},
  ['计划在4年内投入5000亿美元'])
R(S, 'INVESTED_IN', 'Google', 'United Kingdom', 'google-uk-ai-data-centers',
  {'what': 'new AI data centers (commitment)', 'date': '2025-09'},
  ['紧随谷歌和微软承诺在英国建设新人工智能数据中心之后发布'])
R(S, 'INVESTED_IN', 'Microsoft', 'United Kingdom', 'microsoft-uk-ai-data-centers',
  {'what': 'new AI data centers (commitment)', 'date': '2025-09'},
  ['紧随谷歌和微软承诺在英国建设新人工智能数据中心之后发布'])
R(S, 'HOLDS_STAKE', 'Microsoft', 'OpenAI PBC', 'microsoft-stake-openai-pbc',
  {'percent': 28, 'qualifier': 'about', 'value': 140000000000, 'currency': 'USD',
   'valuation_basis': 500000000000, 'cost_basis': 14000000000, 'date': Date('2025-09-11'),
   'status': 'agreed in the MOU; takes effect with the restructuring',
   'note': 'largest outside shareholder of the restructured OpenAI (The Information analysis)'},
  ['微软将获得重组后OpenAI约28%的股权', '这部分股权价值约1400亿美元', '最终愿意以出让28%的股份作为交换'])
R(S, 'HOLDS_STAKE', 'OpenAI Inc', 'OpenAI PBC', 'openai-inc-stake-openai-pbc',
  {'percent': 20, 'qualifier': 'about', 'value': 100000000000, 'value_qualifier': 'more than',
   'currency': 'USD', 'valuation_basis': 500000000000, 'controls': True, 'golden_share': True,
   'veto': 'golden-share veto over key decisions such as AGI safety', 'date': Date('2025-09-11')},
  ['OpenAI非营利实体将持有由此次交易促成的新公益公司', '其非营利部门将获得超过1000亿美元的资产', '并保留“黄金股”否决权'])
R(S, 'HOLDS_STAKE', 'OpenAI Inc', 'OpenAI LP', 'openai-inc-controls-openai-lp',
  {'controls': True, 'date': '2024-12', 'date_note': 'two-tier structure since the end of 2024'},
  ['非营利组织OpenAI Inc控制着营利实体子公司OpenAI LP'])
R(S, 'HOLDS_STAKE', 'OpenAI Inc', 'OpenAI', 'openai-inc-controls-openai',
  {'controls': True, 'date': '2025-05', 'note': 'OpenAI will remain controlled by the existing nonprofit'},
  ['今年五月,OpenAI暂时妥协'])

# The Microsoft MOU: each party -> MOU node with gave/got -----------------------------------------------
S = 'The Microsoft-OpenAI MOU (party -[:PARTNERS_WITH {gave, got}]-> MOU)'
MOU_EV = ['悄然签署了一份', '9月11日签署的这份不具约束力的谅解备忘录', 'OpenAI非营利实体将持有由此次交易促成的新公益公司',
          '微软将获得重组后OpenAI约28%的股权', '这部分股权价值约1400亿美元', '微软在OpenAI收入中的分成比例将大幅降低',
          '其与商业合作伙伴(即微软)的收入分成比例将调整至约8%', '额外保留超过500亿美元的收入',
          '其非营利部门将获得超过1000亿美元的资产', '获得了微软对向PBC(公益公司)转型的正式许可', 'IPO之路由此畅通',
          '最终愿意以出让28%的股份作为交换']
R(S, 'PARTNERS_WITH', 'Microsoft', 'Microsoft-OpenAI MOU', 'mou-party-microsoft',
  {'what': 'party to the non-binding MOU', 'role': 'party', 'date': Date('2025-09-11'),
   'gave': ['formal approval of OpenAI\'s conversion into a public benefit corporation (PBC)',
            'a lower revenue share: from 20% of OpenAI revenue until 2030 to about 8% by 2030',
            'the end of its exclusive cloud arrangement with OpenAI'],
   'got': ['about 28% of the restructured OpenAI, worth about $140B at the $500B target valuation '
           '(vs. about $14B invested)',
           'the position of largest outside shareholder and an important role in the new PBC']},
  [MOU_EV[i] for i in (0, 1, 3, 4, 5, 6, 9, 11)])
R(S, 'PARTNERS_WITH', 'OpenAI', 'Microsoft-OpenAI MOU', 'mou-party-openai',
  {'what': 'party to the non-binding MOU', 'role': 'party', 'date': Date('2025-09-11'),
   'gave': ['about 28% of the restructured company to Microsoft'],
   'got': ['Microsoft\'s formal approval of the PBC conversion, clearing the way to an IPO and large-scale financing',
           'a revenue share to Microsoft falling to about 8% by 2030, keeping over $50B more revenue through 2030',
           'the end of Microsoft\'s cloud exclusivity (freedom to buy compute elsewhere)']},
  [MOU_EV[i] for i in (0, 1, 5, 6, 7, 9, 10, 11)] + ['OpenAI的让步是带有明确条件的'])
R(S, 'PARTNERS_WITH', 'OpenAI Inc', 'Microsoft-OpenAI MOU', 'mou-beneficiary-openai-inc',
  {'what': 'beneficiary of the MOU (the nonprofit parent)', 'role': 'beneficiary', 'date': Date('2025-09-11'),
   'gave': [],
   'got': ['equity in the new PBC worth over $100B, about 20% of the $500B valuation',
           'a golden-share veto over key decisions such as AGI safety']},
  [MOU_EV[i] for i in (2, 8)] + ['并保留“黄金股”否决权'])

# Supply and partnerships -------------------------------------------------------------------------------
S = 'Supply and partnerships'
R(S, 'SUPPLIES', 'Oracle', 'OpenAI', 'oracle-supplies-openai-cloud',
  {'what': 'cloud', 'capacity_gw': 4.5, 'duration_years': 5},
  ['“天价”云服务合作协议', '高达4.5千兆瓦的数据中心容量', 'OpenAI则加速与甲骨文、Google Cloud等建立合作关系'])
R(S, 'SUPPLIES', 'Microsoft', 'OpenAI', 'microsoft-supplies-openai-compute',
  {'what': 'compute', 'since': '2019', 'exclusive_until': '2025-01'},
  ['微软为OpenAI提供了强大的算力支持', '2019年,微软以10亿美元投资OpenAI'])
R(S, 'SUPPLIES', 'OpenAI', 'Microsoft', 'openai-supplies-microsoft-models',
  {'what': 'models', 'note': 'OpenAI\'s results are deeply integrated into Microsoft\'s cloud products'},
  ['其成果又被微软深度集成进各项云服务产品中'])
R(S, 'SUPPLIES', 'Nvidia', 'OpenAI', 'nvidia-supplies-openai-chips',
  {'what': 'chips', 'note': 'training of the models behind ChatGPT relies heavily on Nvidia chips'},
  ['ChatGPT背后大模型的训练'])
R(S, 'SUPPLIES', 'Nvidia', 'OpenAI', 'nvidia-supercomputer-to-openai',
  {'what': 'compute', 'timing': 'about ten years before 2025',
   'detail': 'Jensen Huang personally delivered a top supercomputer to OpenAI headquarters'},
  ['黄仁勋亲自将一台顶级超算'])
R(S, 'SUPPLIES', 'Broadcom', 'OpenAI', 'broadcom-supplies-openai-titan',
  {'what': 'chips', 'product': 'Titan', 'from_year': 2026},
  ['OpenAI与博通价值约100亿美元的芯片合作协议', '代号为“Titan”的定制AI芯片采用3纳米先进制程'])
R(S, 'SUPPLIES', 'Anthropic', 'Microsoft', 'anthropic-supplies-microsoft-models',
  {'what': 'models', 'used_for': 'Office 365'},
  ['微软开始采购Anthropic等竞争对手的AI服务'])
R(S, 'SUPPLIES', 'Nvidia', 'xAI', 'nvidia-supplies-xai-chips',
  {'what': 'chips', 'products': ['H100', 'H200', 'GB200 NVL72']},
  ['仅用了122天就在孟菲斯建成了名为Colossus 1的AI训练集群', '与OpenAI、Meta和Anthropic正在建设的千兆瓦级集群相比'])
R(S, 'SUPPLIES', 'OpenAI', 'Stargate', 'openai-supplies-stargate-uk',
  {'what': 'models', 'scope': 'Stargate in the UK', 'detail': 'its AI technology and the OpenAI Academy for AI-skills training'},
  ['在英国的星际之门计划中,OpenAI将提供其AI技术'])
R(S, 'PARTNERS_WITH', 'OpenAI', 'Broadcom', 'openai-broadcom-chip-codevelopment',
  {'what': 'co-developing the custom AI chip Titan'},
  ['《金融时报》、路透社等多家权威媒体披露'])
R(S, 'PARTNERS_WITH', 'Microsoft', 'OpenAI', 'microsoft-openai-partnership',
  {'what': 'deep partnership since 2019 (honeymoon after 2023; tensions from 2024)', 'since': '2019',
   'tension_until': '2025 (mid-year)'},
  ['在2023年将算力和现金的总投资追加至130亿美元', '这种拉扯状态一直持续到2025年年中', '双方都在为可能的“分离”做准备'])
R(S, 'PARTNERS_WITH', 'OpenAI', 'Google Cloud', 'openai-google-cloud-compute',
  {'what': 'compute supply (diversification away from Microsoft)', 'date': '2025'},
  ['OpenAI则加速与甲骨文、Google Cloud等建立合作关系'])
R(S, 'PARTNERS_WITH', 'SoftBank', 'Stargate', 'softbank-stargate',
  {'what': 'jointly drives Stargate with OpenAI and Oracle'},
  ['这个由OpenAI、软银、甲骨文联合推进的项目'])
R(S, 'PARTNERS_WITH', 'Oracle', 'Stargate', 'oracle-stargate',
  {'what': 'jointly drives Stargate; its OpenAI contract is the core of the Stargate data-center plan'},
  ['这个由OpenAI、软银、甲骨文联合推进的项目', '这一合作也正是OpenAI“星际之门”数据中心建设计划的核心组成部分'])
R(S, 'PARTNERS_WITH', 'Nvidia', 'Nscale', 'nvidia-nscale-uk-gpus',
  {'what': 'deployed GPUs in the UK', 'gpus': 31000},
  ['英伟达与英国AI基础设施初创公司Nscale合作'])
R(S, 'PARTNERS_WITH', 'OpenAI', 'Saudi Arabia', 'openai-saudi-compute-talks',
  {'what': 'exploring building compute centers (energy resources, strategic location)', 'status': 'talks',
   'date': '2025'},
  ['OpenAI正在与沙特阿拉伯等中东国家探讨建设算力中心的可能性'])

# Operations --------------------------------------------------------------------------------------------
S = 'Operations (OPERATES: org -> facility/project/product)'
R(S, 'OPERATES', 'OpenAI', 'ChatGPT', 'openai-chatgpt', {'launched': '2022'}, ['2022年ChatGPT横空出世后'])
R(S, 'OPERATES', 'OpenAI', 'GPT-4.5', 'openai-gpt-4-5', {'released': '2025-03'}, ['ChatGPT 4.5版本更新'])
R(S, 'OPERATES', 'OpenAI', 'Titan', 'openai-titan', {'role': 'owner (custom chip for internal use)'},
  ['代号为“Titan”的定制AI芯片采用3纳米先进制程', '《金融时报》、路透社等多家权威媒体披露'])
R(S, 'OPERATES', 'OpenAI', 'Stargate', 'openai-stargate',
  {'role': 'initiator and advocate', 'date': Date('2025-09-17')},
  ['OpenAI宣布其在美国规划的人工智能基础设施核心项目', '这个由OpenAI、软银、甲骨文联合推进的项目',
   '而作为“星际之门”计划的倡导者'])
R(S, 'OPERATES', 'OpenAI', 'OpenAI Academy', 'openai-academy', {}, ['在英国的星际之门计划中,OpenAI将提供其AI技术'])
R(S, 'OPERATES', 'OpenAI', 'OpenAI headquarters', 'openai-headquarters',
  {'considering_leaving': True, 'date': '2025-09'},
  ['正在考虑离开其加州总部', '黄仁勋亲自将一台顶级超算'])
R(S, 'OPERATES', 'Microsoft', 'Azure', 'microsoft-azure', {},
  ['2019年,微软以10亿美元投资OpenAI', '将其他大语言模型引入Azure平台'])
R(S, 'OPERATES', 'Microsoft', 'Office 365', 'microsoft-office-365', {}, ['微软开始采购Anthropic等竞争对手的AI服务'])
R(S, 'OPERATES', 'Google', 'Google Cloud', 'google-google-cloud', {}, ['OpenAI则加速与甲骨文、Google Cloud等建立合作关系'])
R(S, 'OPERATES', 'Nvidia', 'H100', 'nvidia-h100', {}, ['仅用了122天就在孟菲斯建成了名为Colossus 1的AI训练集群'])
R(S, 'OPERATES', 'Nvidia', 'H200', 'nvidia-h200', {}, ['仅用了122天就在孟菲斯建成了名为Colossus 1的AI训练集群'])
R(S, 'OPERATES', 'Nvidia', 'GB200 NVL72', 'nvidia-gb200-nvl72', {}, ['仅用了122天就在孟菲斯建成了名为Colossus 1的AI训练集群'])
R(S, 'OPERATES', 'xAI', 'Colossus 1', 'xai-colossus-1',
  {'build_days': 122, 'capacity_mw': 300},
  ['仅用了122天就在孟菲斯建成了名为Colossus 1的AI训练集群', '与OpenAI、Meta和Anthropic正在建设的千兆瓦级集群相比'])
R(S, 'OPERATES', 'xAI', 'Colossus 2', 'xai-colossus-2', {'date': Date('2025-09-16')}, ['马斯克就在X上炫耀'])
R(S, 'OPERATES', 'Meta', 'Meta Superintelligence', 'meta-superintelligence', {},
  ['与OpenAI、Meta和Anthropic正在建设的千兆瓦级集群相比'])
R(S, 'OPERATES', 'Stargate', 'Stargate Abilene site', 'stargate-abilene-site',
  {'status': 'operational', 'first_facility': True},
  ['首个设施已在德克萨斯州阿比林投入运营'])
R(S, 'OPERATES', 'Stargate', 'Oracle AI data centers for OpenAI', 'stargate-oracle-data-centers',
  {'role': 'core component of the Stargate data-center plan', 'status': 'planned'},
  ['这一合作也正是OpenAI“星际之门”数据中心建设计划的核心组成部分',
   '甲骨文将在怀俄明州、得克萨斯州、密歇根州等地建设专门的AI数据中心'])
R(S, 'OPERATES', 'Oracle', 'Oracle AI data centers for OpenAI', 'oracle-ai-data-centers',
  {'role': 'builds and runs them for OpenAI', 'status': 'planned', 'capacity_gw': 4.5},
  ['甲骨文将在怀俄明州、得克萨斯州、密歇根州等地建设专门的AI数据中心', '高达4.5千兆瓦的数据中心容量'])

# Places ------------------------------------------------------------------------------------------------
S = 'Places (LOCATED_IN)'
R(S, 'LOCATED_IN', 'Stargate', 'United States', 'stargate-in-us',
  {'status': 'under construction; first facility operational', 'amount': 500000000000, 'currency': 'USD'},
  ['计划在4年内投入5000亿美元', 'OpenAI宣布其在美国规划的人工智能基础设施核心项目'])
R(S, 'LOCATED_IN', 'Stargate', 'United Kingdom', 'stargate-in-uk',
  {'status': 'announced', 'date': Date('2025-09-17'), 'sites': 'multiple sites in the UK',
   'context': 'announced during Donald Trump\'s state visit to the UK, right after Google and Microsoft '
              'committed to new UK AI data centers'},
  ['OpenAI宣布其在美国规划的人工智能基础设施核心项目', '随着特朗普总统对英国进行国事访问',
   '紧随谷歌和微软承诺在英国建设新人工智能数据中心之后发布', '“星际之门”计划在英国的落地作为特朗普访英的成果之一'])
R(S, 'LOCATED_IN', 'Stargate Abilene site', 'Abilene', 'abilene-site-in-abilene', {},
  ['首个设施已在德克萨斯州阿比林投入运营'])
R(S, 'LOCATED_IN', 'Abilene', 'Texas', 'abilene-in-texas', {}, ['首个设施已在德克萨斯州阿比林投入运营'])
for st in ('Wyoming', 'Texas', 'Michigan'):
    R(S, 'LOCATED_IN', 'Oracle AI data centers for OpenAI', st, 'oracle-ai-data-centers-in-' + st.lower(),
      {'status': 'planned'}, ['甲骨文将在怀俄明州、得克萨斯州、密歇根州等地建设专门的AI数据中心'])
    R(S, 'LOCATED_IN', st, 'United States', st.lower() + '-in-us', {},
      ['甲骨文将在怀俄明州、得克萨斯州、密歇根州等地建设专门的AI数据中心', '在美国本土建设大规模AI基础设施网络'])
R(S, 'LOCATED_IN', 'Colossus 1', 'Memphis', 'colossus-1-in-memphis', {},
  ['仅用了122天就在孟菲斯建成了名为Colossus 1的AI训练集群'])
R(S, 'LOCATED_IN', 'Colossus 2', 'Memphis', 'colossus-2-in-memphis', {}, ['马斯克就在X上炫耀'])
R(S, 'LOCATED_IN', 'OpenAI headquarters', 'California', 'openai-headquarters-in-california', {},
  ['正在考虑离开其加州总部'])
R(S, 'LOCATED_IN', 'Nscale', 'United Kingdom', 'nscale-in-uk', {}, ['英伟达与英国AI基础设施初创公司Nscale合作'])
R(S, 'LOCATED_IN', 'Saudi Arabia', 'Middle East', 'saudi-arabia-in-middle-east', {},
  ['OpenAI正在与沙特阿拉伯等中东国家探讨建设算力中心的可能性'])

# People ------------------------------------------------------------------------------------------------
S = 'People (LEADS: person -> org)'
R(S, 'LEADS', 'Sam Altman', 'OpenAI', 'altman-openai',
  {'role': 'CEO', 'ousted': '2023-11', 'reinstated': '2023-11',
   'ousted_by': 'the nonprofit board', 'note': 'neither Altman nor Microsoft knew in advance'},
  ['萨提亚·纳德拉对2023年11月', '非营利董事会突然解雇奥特曼', '这一事件也暴露了其治理结构的脆弱性'])
R(S, 'LEADS', 'Satya Nadella', 'Microsoft', 'nadella-microsoft', {'role': 'CEO'}, ['萨提亚·纳德拉对2023年11月'])
R(S, 'LEADS', 'Greg Brockman', 'OpenAI', 'brockman-openai', {'role': 'co-founder'},
  ['格雷格·布罗克曼在9月16日发布的访谈中谈到'])
R(S, 'LEADS', 'Gil Luria', 'D.A. Davidson', 'luria-da-davidson', {'role': 'analyst'},
  ['甲骨文超过90%的订单来自OpenAI这单一客户'])
R(S, 'LEADS', 'Donald Trump', 'United States', 'trump-us', {'role': 'president'},
  ['随着特朗普总统对英国进行国事访问'])
R(S, 'LEADS', 'Jensen Huang', 'Nvidia', 'huang-nvidia',
  {'role': 'CEO', 'role_stated': False, 'note': 'the article names him as Nvidia\'s representative without a title'},
  ['黄仁勋亲自将一台顶级超算'])
R(S, 'LEADS', 'Elon Musk', 'xAI', 'musk-xai',
  {'role': 'founder', 'role_stated': False, 'note': 'implied: Musk shows off xAI\'s Colossus II'},
  ['马斯克就在X上炫耀'])

# Rivalries ---------------------------------------------------------------------------------------------
S = 'Rivalries (COMPETES_WITH, symmetric)'
for rival in ('Google', 'Anthropic', 'Meta', 'xAI'):
    R(S, 'COMPETES_WITH', 'OpenAI', rival, 'openai-vs-' + rival.lower(),
      {'what': 'AI models and compute infrastructure'},
      ['谷歌、Anthropic、Meta、xAI等竞争对手都在AI领域快速追赶', '竞争焦点正从纯粹的算法竞争'])
R(S, 'COMPETES_WITH', 'xAI', 'Meta Superintelligence', 'xai-vs-meta-superintelligence',
  {'what': 'single data-center capacity', 'forecast': 'xAI to exceed it by Q3 2025 (SemiAnalysis)'},
  ['与OpenAI、Meta和Anthropic正在建设的千兆瓦级集群相比'])
R(S, 'COMPETES_WITH', 'xAI', 'Anthropic', 'xai-vs-anthropic',
  {'what': 'single data-center capacity', 'forecast': 'xAI to exceed it by Q3 2025 (SemiAnalysis)'},
  ['与OpenAI、Meta和Anthropic正在建设的千兆瓦级集群相比'])
R(S, 'COMPETES_WITH', 'xAI', 'Meta', 'xai-vs-meta',
  {'what': 'AI clusters (Meta is building gigawatt-scale clusters)'},
  ['与OpenAI、Meta和Anthropic正在建设的千兆瓦级集群相比'])
R(S, 'COMPETES_WITH', 'Titan', 'Nvidia', 'titan-vs-nvidia',
  {'what': 'AI chips', 'aim': 'break Nvidia\'s 80% AI-chip market share'},
  ['旨在打破英伟达在AI芯片领域高达80%的市场垄断'])
R(S, 'COMPETES_WITH', 'United States', 'China', 'us-vs-china-ai',
  {'what': 'AI, extending to AI infrastructure'},
  ['中美在AI领域的竞争已蔓延至AI基础设施层面', '随着中国数据中心和AI集群的不断建设'])

# Regulators and lawsuits --------------------------------------------------------------------------------
S = 'Regulators and lawsuits'
R(S, 'REGULATES', 'California Attorney General', 'OpenAI', 'ca-ag-reviews-openai',
  {'what': 'investigation of the restructuring: protecting charitable assets in what may be the largest '
           'transfer of charitable assets in history (OpenAI\'s nonprofit status)',
   'date': '2025'},
  ['然而,OpenAI的本次转型也面临着严峻的监管审查', '正受到加州监管机构的严格审查', '加州总检察长肩负着保护慈善资产的责任'])
R(S, 'SUED', 'Elon Musk', 'Sam Altman', 'musk-sues-altman',
  {'date': '2024-02',
   'claim': 'betrayed OpenAI\'s original nonprofit mission; OpenAI has become a de-facto closed-source subsidiary of Microsoft'},
  ['马斯克于2024年2月起诉奥特曼'])

# Media attribution -------------------------------------------------------------------------------------
S = 'Media attribution (REPORTED: outlet -> first-named subject)'
R(S, 'REPORTED', 'Financial Times', 'OpenAI', 'ft-openai-chip',
  {'what': 'OpenAI-Broadcom custom chip to enter production next year (2026)'},
  ['《金融时报》、路透社等多家权威媒体披露'])
R(S, 'REPORTED', 'Reuters', 'OpenAI', 'reuters-openai-chip',
  {'what': 'OpenAI-Broadcom custom chip to enter production next year (2026)'},
  ['《金融时报》、路透社等多家权威媒体披露'])
R(S, 'REPORTED', 'The Information', 'Microsoft', 'the-information-microsoft-stake',
  {'what': 'analysis: Microsoft to get ~28% of the restructured OpenAI, worth ~$140B'},
  ['微软将获得重组后OpenAI约28%的股权'])
R(S, 'REPORTED', 'The Information', 'OpenAI', 'the-information-openai-complaints',
  {'what': 'OpenAI executives complained from 2024 that Microsoft built new data centers too slowly'},
  ['OpenAI高层在2024年开始抱怨微软在建设新数据中心方面进展缓慢'])
R(S, 'REPORTED', 'The Information', 'OpenAI', 'the-information-openai-cash-burn',
  {'what': 'OpenAI expects cash burn of $115B through 2029, ~$80B above its earlier estimate'},
  ['其资金消耗将高达1150亿美元'])
R(S, 'REPORTED', 'CNBC', 'D.A. Davidson', 'cnbc-da-davidson-warning',
  {'what': 'Gil Luria\'s warning on OpenAI\'s fundraising and Oracle\'s >90% order concentration'},
  ['甲骨文超过90%的订单来自OpenAI这单一客户'])
R(S, 'REPORTED', 'CNBC', 'Oracle revenue concentration', 'cnbc-oracle-concentration',
  {'what': 'more than 90% of Oracle\'s orders come from OpenAI'},
  ['甲骨文超过90%的订单来自OpenAI这单一客户'])
R(S, 'REPORTED', 'SemiAnalysis', 'xAI', 'semianalysis-xai-capacity',
  {'what': 'forecast: by Q3 2025 xAI\'s single data-center capacity will exceed Meta Superintelligence\'s and Anthropic\'s'},
  ['与OpenAI、Meta和Anthropic正在建设的千兆瓦级集群相比'])
R(S, 'REPORTED', '主机测评网', 'OpenAI', 'vpshk-openai-compute-empire',
  {'what': 'published the seed article on OpenAI\'s compute empire (2026-01-02)', 'date': Date('2026-01-02')},
  ['本文由主机测评网于2026-01-02发表'])

# The dependency layer ------------------------------------------------------------------------------------
S = 'Dependency layer: Oracle revenue concentration'
LURIA = '甲骨文超过90%的订单来自OpenAI这单一客户'
R(S, 'DEPENDS_ON', 'Oracle', 'OpenAI', 'oracle-depends-on-openai',
  {'reason': 'more than 90% of Oracle\'s orders come from OpenAI, a single customer ($300B over five years)',
   'share_percent': 90},
  [LURIA, '“天价”云服务合作协议', '甲骨文等传统科技企业借势强势回归'])
R(S, 'DEPENDS_ON', 'Oracle', 'Oracle revenue concentration', 'oracle-exposed-to-concentration',
  {'reason': 'Oracle\'s order book is concentrated: more than 90% from OpenAI'},
  [LURIA])
R(S, 'DEPENDS_ON', 'Oracle revenue concentration', 'OpenAI', 'concentration-rests-on-openai',
  {'reason': 'the concentration is OpenAI\'s $300B, five-year cloud contract: one customer behind >90% of orders'},
  [LURIA, '“天价”云服务合作协议'])
R(S, 'DEPENDS_ON', 'Oracle revenue concentration', 'OpenAI funding gap', 'concentration-rests-on-openai-funding',
  {'reason': 'the orders are only as good as OpenAI\'s ability to pay ~$60B a year on ~$12.7B revenue; '
             'Luria: OpenAI\'s ability to raise money is limited'},
  [LURIA, 'OpenAI当前年收入约127亿美元'])
R(S, 'DEPENDS_ON', 'Oracle stock', 'Oracle revenue concentration', 'oracle-stock-exposed-to-concentration',
  {'reason': 'Luria: the concentration "significantly reduces investment attractiveness"'},
  [LURIA])
R(S, 'DEPENDS_ON', 'Oracle stock', 'OpenAI', 'oracle-stock-depends-on-openai-contract',
  {'reason': 'the 36% one-day jump on 2025-09-10 came directly from the $300B OpenAI contract'},
  ['甲骨文股价单日飙升36%', '“天价”云服务合作协议'])
R(S, 'DEPENDS_ON', 'Oracle AI data centers for OpenAI', 'Oracle revenue concentration', 'oracle-data-centers-exposed-to-concentration',
  {'reason': 'dedicated data centers Oracle builds for the single customer behind >90% of its orders'},
  ['甲骨文将在怀俄明州、得克萨斯州、密歇根州等地建设专门的AI数据中心', LURIA])
R(S, 'DEPENDS_ON', 'Stargate', 'Oracle AI data centers for OpenAI', 'stargate-depends-on-oracle-data-centers',
  {'reason': 'the Oracle contract and its data centers are the core component of Stargate\'s data-center plan'},
  ['这一合作也正是OpenAI“星际之门”数据中心建设计划的核心组成部分',
   '甲骨文将在怀俄明州、得克萨斯州、密歇根州等地建设专门的AI数据中心'])
R(S, 'DEPENDS_ON', 'United States', 'Stargate', 'us-depends-on-stargate',
  {'reason': 'OpenAI\'s compute empire carries a national mission to raise US AI competitiveness; Stargate builds '
             'the US network and its UK landing shows the US building its compute network through OpenAI'},
  ['在美国本土建设大规模AI基础设施网络', '承载着提升美国整体AI竞争力的国家使命', '“星际之门”计划在英国的落地作为特朗普访英的成果之一'])
R(S, 'DEPENDS_ON', 'OpenAI compute empire', 'Stargate', 'empire-depends-on-stargate',
  {'reason': 'the Oracle contract and Stargate are the key steps of OpenAI\'s compute-empire plan'},
  ['与甲骨文高达3000亿美元的合作,正是OpenAI算力帝国梦想的重要一步', '这一合作也正是OpenAI“星际之门”数据中心建设计划的核心组成部分'])

S = 'Dependency layer: OpenAI funding, restructuring and the $40B condition'
R(S, 'DEPENDS_ON', 'OpenAI', 'OpenAI funding gap', 'openai-exposed-to-funding-gap',
  {'reason': 'annual revenue ~$12.7B against ~$60B a year for the Oracle contract; a cash-burning start-up'},
  ['OpenAI当前年收入约127亿美元', '年收入127亿美元对比年支出600亿美元', 'OpenAI本质上仍是一家处于高速扩张期的、消耗巨额资金的初创公司',
   '其资金消耗将高达1150亿美元'])
R(S, 'DEPENDS_ON', 'Stargate', 'OpenAI funding gap', 'stargate-exposed-to-funding-gap',
  {'reason': 'compute partnerships such as Stargate need huge funding'},
  ['解除独占只是让OpenAI在理论上可以寻求更多算力合作', '这一调整为OpenAI与甲骨文等公司合作推进价值数千亿美元的'])
R(S, 'DEPENDS_ON', 'OpenAI compute empire', 'OpenAI funding gap', 'empire-exposed-to-funding-gap',
  {'reason': 'the funding gap is one of the two big challenges to the compute empire ("where will the money come from?")'},
  ['资金缺口、技术路径的不确定性都是巨大的挑战', '巨额资金从何而来?'])
R(S, 'DEPENDS_ON', 'OpenAI funding gap', 'OpenAI restructuring', 'funding-gap-needs-restructuring',
  {'reason': 'the gap forces OpenAI to complete the restructuring quickly to gain large-scale financing'},
  ['巨大的收支缺口,迫使OpenAI必须尽快完成重组和IPO', '在OpenAI面临的资金难题面前,重组变得愈发紧迫', '若没有经过一番角力后获得微软'])
R(S, 'DEPENDS_ON', 'OpenAI funding gap', 'OpenAI IPO', 'funding-gap-needs-ipo',
  {'reason': 'the gap forces an IPO; even after an IPO OpenAI must keep raising money at scale'},
  ['巨大的收支缺口,迫使OpenAI必须尽快完成重组和IPO', '即便IPO成功,OpenAI也需要持续进行大规模融资'])
R(S, 'DEPENDS_ON', 'OpenAI funding gap', 'OpenAI March 2025 funding round', 'funding-gap-needs-40b-round',
  {'reason': 'the $40B round is crucial to fund OpenAI\'s huge compute investment'},
  ['这笔融资对于支撑OpenAI的巨额算力投资至关重要'])
R(S, 'DEPENDS_ON', 'OpenAI March 2025 funding round', 'OpenAI restructuring', 'round-conditional-on-restructuring',
  {'reason': 'the $40B is cut to $20B unless OpenAI restructures into a for-profit entity by December 31',
   'amount': 40000000000, 'conditional_amount': 20000000000, 'currency': 'USD', 'deadline': Date('2025-12-31')},
  ['OpenAI完成了400亿美元融资', 'OpenAI必须在2025年底前完成重组'])
R(S, 'DEPENDS_ON', 'OpenAI IPO', 'OpenAI restructuring', 'ipo-needs-restructuring',
  {'reason': 'approval of the PBC conversion is what clears the way to an IPO'},
  ['IPO之路由此畅通', '重组成为可能,IPO和外部大规模融资近在眼前'])
R(S, 'DEPENDS_ON', 'OpenAI IPO', 'Microsoft', 'ipo-blocked-by-microsoft',
  {'reason': 'Microsoft\'s long silence on the restructuring was the biggest obstacle to OpenAI\'s IPO plan'},
  ['作为最大投资者,微软对重组拥有重要话语权'])
R(S, 'DEPENDS_ON', 'OpenAI PBC', 'OpenAI restructuring', 'pbc-created-by-restructuring',
  {'reason': 'the PBC is the product of the restructuring'},
  ['现有的营利性机构将转型为一家公益公司(PBC)'])
R(S, 'DEPENDS_ON', 'OpenAI', 'OpenAI restructuring', 'openai-needs-restructuring',
  {'reason': 'without Microsoft\'s approval of the restructuring OpenAI cannot gain financing autonomy or answer '
             'where the $300B will come from'},
  ['若没有经过一番角力后获得微软', '这就是为什么微软成为OpenAI“算力帝国”之路上的关键卡点'])
R(S, 'DEPENDS_ON', 'Stargate', 'OpenAI restructuring', 'stargate-needs-restructuring',
  {'reason': 'ending exclusivity without approving the restructuring leaves Stargate "a door without a key"'},
  ['可见门扉却无法进入'])
R(S, 'DEPENDS_ON', 'OpenAI compute empire', 'OpenAI restructuring', 'empire-needs-restructuring',
  {'reason': 'Microsoft\'s approval of the restructuring was the key chokepoint on the road to the compute empire'},
  ['这就是为什么微软成为OpenAI“算力帝国”之路上的关键卡点'])
R(S, 'DEPENDS_ON', 'OpenAI restructuring', 'Microsoft', 'restructuring-needs-microsoft',
  {'reason': 'as main investor Microsoft has approval rights over any restructuring of OpenAI'},
  ['作为主要投资者,微软对OpenAI的任何架构重组都拥有批准权', '作为最大投资者,微软对重组拥有重要话语权',
   '核心分歧在于微软担心失去对OpenAI的控制力'])
R(S, 'DEPENDS_ON', 'OpenAI restructuring', 'Microsoft-OpenAI MOU', 'restructuring-enabled-by-mou',
  {'reason': 'the MOU gives Microsoft\'s formal permission for the PBC conversion'},
  ['获得了微软对向PBC(公益公司)转型的正式许可', '悄然签署了一份'])
R(S, 'DEPENDS_ON', 'OpenAI restructuring', 'California Attorney General', 'restructuring-under-ag-review',
  {'reason': 'the Attorney General is investigating what may be the largest transfer of charitable assets in history'},
  ['加州总检察长肩负着保护慈善资产的责任'])

S = 'Dependency layer: compute, suppliers and other risks'
R(S, 'DEPENDS_ON', 'OpenAI', 'Compute shortage', 'openai-exposed-to-compute-shortage',
  {'reason': 'compute shortage is the biggest bottleneck on OpenAI\'s growth; GPUs are exhausted'},
  ['我们的GPU正在崩溃', '算力短缺已成为制约其发展的最大瓶颈', '格雷格·布罗克曼在9月16日发布的访谈中谈到'])
R(S, 'DEPENDS_ON', 'GPT-4.5', 'Compute shortage', 'gpt-4-5-exposed-to-compute-shortage',
  {'reason': 'image generation needs so much compute that shortages delayed updates repeatedly'},
  ['ChatGPT 4.5版本更新', '算力不足导致了屡次更新延迟和服务中断'])
R(S, 'DEPENDS_ON', 'ChatGPT', 'Compute shortage', 'chatgpt-exposed-to-compute-shortage',
  {'reason': 'compute shortages caused service outages'},
  ['算力不足导致了屡次更新延迟和服务中断', '爆发式增长伴随着庞大的算力需求'])
R(S, 'DEPENDS_ON', 'Compute shortage', 'Nvidia', 'compute-shortage-nvidia-costs',
  {'reason': 'Nvidia chip costs stay high'},
  ['英伟达的芯片成本居高不下'])
R(S, 'DEPENDS_ON', 'Compute shortage', 'Microsoft', 'compute-shortage-microsoft-limits',
  {'reason': 'the money and compute Microsoft can provide became stretched'},
  ['英伟达的芯片成本居高不下'])
R(S, 'DEPENDS_ON', 'OpenAI compute empire', 'Compute shortage', 'empire-driven-by-compute-shortage',
  {'reason': 'driven by: the ambition rests on the harsh reality of severe compute shortage'},
  ['根源在于其构建“算力帝国”的宏大野心', '算力,真的严重不足'])
R(S, 'DEPENDS_ON', 'OpenAI', 'Nvidia', 'openai-depends-on-nvidia',
  {'reason': 'training of the models behind ChatGPT relies heavily on Nvidia chips; high dependence, high cost'},
  ['回溯前ChatGPT时代', 'ChatGPT背后大模型的训练', '昔日的支援力量逐渐演变为束缚其手脚的绳索', '英伟达的芯片成本居高不下',
   '如果说在第一阶段', '柴价过于昂贵'])
R(S, 'DEPENDS_ON', 'OpenAI', 'Microsoft', 'openai-depends-on-microsoft',
  {'reason': 'largest backer: without Microsoft\'s money OpenAI could not bear its compute costs; high dependence'},
  ['回溯前ChatGPT时代', '作为OpenAI商业转型过程中引入的最大“金主”', '没有这些巨额投入', '昔日的支援力量逐渐演变为束缚其手脚的绳索',
   '英伟达的芯片成本居高不下', '如果说在第一阶段', '柴价过于昂贵'])
R(S, 'DEPENDS_ON', 'Microsoft', 'OpenAI', 'microsoft-depends-on-openai',
  {'reason': 'OpenAI\'s models are integrated into Microsoft\'s cloud products and drew AI customers to its cloud; '
             'since November 2023 Microsoft hedges to reduce this dependence'},
  ['其成果又被微软深度集成进各项云服务产品中', '持续的成功合作为微软吸引了越来越多的AI企业客户', '萨提亚·纳德拉对2023年11月'])
R(S, 'DEPENDS_ON', 'xAI', 'Nvidia', 'xai-depends-on-nvidia',
  {'reason': 'xAI\'s data-center growth relies on Nvidia\'s support'},
  ['与OpenAI、Meta和Anthropic正在建设的千兆瓦级集群相比'])
R(S, 'DEPENDS_ON', 'Colossus 1', 'H100', 'colossus-1-h100', {'reason': 'built from ~200,000 H100/H200 GPUs'},
  ['仅用了122天就在孟菲斯建成了名为Colossus 1的AI训练集群'])
R(S, 'DEPENDS_ON', 'Colossus 1', 'H200', 'colossus-1-h200', {'reason': 'built from ~200,000 H100/H200 GPUs'},
  ['仅用了122天就在孟菲斯建成了名为Colossus 1的AI训练集群'])
R(S, 'DEPENDS_ON', 'Colossus 1', 'GB200 NVL72', 'colossus-1-gb200', {'reason': 'about 30,000 GB200 NVL72 systems'},
  ['仅用了122天就在孟菲斯建成了名为Colossus 1的AI训练集群'])
R(S, 'DEPENDS_ON', 'OpenAI', 'Technology path uncertainty', 'openai-exposed-to-tech-uncertainty',
  {'reason': 'if AI progress disappoints or a new paradigm appears, OpenAI\'s huge investments may not be recovered'},
  ['技术路径的不确定性是另一大风险', 'OpenAI的巨额投资可能面临无法收回的风险'])
R(S, 'DEPENDS_ON', 'OpenAI compute empire', 'Technology path uncertainty', 'empire-exposed-to-tech-uncertainty',
  {'reason': 'technology-path uncertainty is one of the two big challenges to the compute empire'},
  ['资金缺口、技术路径的不确定性都是巨大的挑战'])
R(S, 'DEPENDS_ON', 'OpenAI compute empire', 'Titan', 'empire-depends-on-titan',
  {'reason': 'the custom chip is meant to cut chip costs and give technological autonomy from Nvidia'},
  ['算力帝国的构想远不止于此', '这不仅有望降低芯片成本'])
R(S, 'DEPENDS_ON', 'AGI', 'Compute shortage', 'agi-needs-compute',
  {'reason': 'training next-generation GPT models and the sprint to AGI need massive compute'},
  ['向AGI(通用人工智能)冲刺'])


# ---------------------------------------------------------------------------------------------------------
# Emit
# ---------------------------------------------------------------------------------------------------------
def evidence(snips):
    out = []
    for s in snips:
        sent = sentence_with(s)
        if sent not in out:
            out.append(sent)
    return out


def first_mention(e):
    forms = [e['name']] + e['aliases']
    for sent in SENTENCES:
        if any(f in sent for f in forms):
            return sent
    raise ValueError('entity %s is not mentioned in the article' % e['name'])


def set_clause(var, props, indent='    '):
    items = []
    for k, v in props.items():
        text = lit(v)
        if isinstance(v, list) and len(v) > 1 and len(text) > 100 and k != 'sources':
            text = '[\n' + ',\n'.join(indent * 2 + lit(x) for x in v) + '\n' + indent + ']'
        items.append('%s.%s = %s' % (var, k, text))
    return 'SET ' + (',\n' + indent).join(items)


def node_ref(var, name):
    return '(%s:%s {name: %s})' % (var, ENT[name]['label'], lit(name))


def build_cypher():
    out = []
    w = out.append
    w('// stargraph seed graph: %s (主机测评网, 2026-01-02)' % ARTICLE_ID)
    w('// Generated by seed/tools/build_seed.py from curated data; validated by seed/tools/check_seed.py.')
    w('// Re-runnable: MERGE on node names and on relationship `key`s, then SET. Every relationship carries')
    w('// `sources` (article ids) and `evidence` (verbatim sentences from the article, same order as sources).')
    w('// Note: string literals contain \';\' and \'//\' (evidence sentences, URL); split statements outside quotes.')
    w('')
    w('// ===== Article =====')
    a = dict(ARTICLE)
    aid = a.pop('id')
    w('MERGE (a:Article {id: %s})\n%s;' % (lit(aid), set_clause('a', a)))
    w('')
    section = None
    for e in ENTITIES:
        if e['section'] != section:
            section = e['section']
            w('// ===== Nodes: %s =====' % section)
        props = {'aliases': e['aliases'], 'description': e['description']}
        props.update(e['props'])
        if e['ev']:
            ev = evidence(e['ev'])
            props['sources'] = [SRC] * len(ev)
            props['evidence'] = ev
        w('MERGE %s\n%s;' % (node_ref('n', e['name']), set_clause('n', props)))
    w('')
    w('// ===== Article mentions every entity (evidence: first sentence naming it) =====')
    for e in ENTITIES:
        w('MATCH (a:Article {id: %s}), %s\nMERGE (a)-[r:MENTIONS {key: %s}]->(e)\n%s;' % (
            lit(ARTICLE_ID), node_ref('e', e['name']), lit('mentions-' + slug(e['name'])),
            set_clause('r', {'sources': [SRC], 'evidence': [first_mention(e)]})))
    section = None
    for r in RELS:
        if r['section'] != section:
            section = r['section']
            w('')
            w('// ===== %s =====' % section)
        ev = evidence(r['ev'])
        props = dict(r['props'])
        props['sources'] = [SRC] * len(ev)
        props['evidence'] = ev
        w('MATCH %s, %s\nMERGE (a)-[r:%s {key: %s}]->(b)\n%s;' % (
            node_ref('a', r['a']), node_ref('b', r['b']), r['type'], lit(r['key']), set_clause('r', props)))
    return '\n'.join(out) + '\n'


def slug(name):
    import re
    s = re.sub(r'[^0-9a-z]+', '-', name.lower()).strip('-')
    return s or 'zh-' + '-'.join('%x' % ord(c) for c in name)


def build_lexicon():
    lex = []
    for e in ENTITIES:
        lex.append({'name': e['name'], 'label': e['label'], 'aliases': e['aliases'], 'description': e['description']})
    return lex


def main():
    keys = [r['key'] for r in RELS]
    dup = {k for k in keys if keys.count(k) > 1}
    assert not dup, dup
    for r in RELS:
        assert r['a'] in ENT and r['b'] in ENT, (r['key'], r['a'], r['b'])
    with open(os.path.join(SEED_DIR, 'graph.cypher'), 'w', encoding='utf-8') as f:
        f.write(build_cypher())
    with open(os.path.join(SEED_DIR, 'lexicon', 'seed_entities.json'), 'w', encoding='utf-8') as f:
        json.dump(build_lexicon(), f, ensure_ascii=False, indent=2)
        f.write('\n')
    print('%d entities, %d relationships (+%d MENTIONS)' % (len(ENTITIES), len(RELS), len(ENTITIES)))


if __name__ == '__main__':
    main()
