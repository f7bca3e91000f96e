// 三元区商务局's published history, loaded through the historical import (lib/items/import), as an
// agency would bring it: the 27 items its 2017 annual report counts (自《条例》实施以来累计主动公开27条),
// 15 of them in 2017 — 机构职能类 8, 政策、规范性文件类 1, 安全生产、应急管理类 6 — all on the
// district government website (政府网站 15 / 27, 政府公报 0). Titles and 文号 follow what the report
// describes. The 2008–2016 items keep their old 索引号; the 2017 ones get numbers from the serial.
import type { Tx } from "@/lib/db";
import { toDbDate } from "@/lib/calendar/calendar-date";
import type { ImportColumn } from "@/lib/items/import/columns";
import { importCsv } from "@/lib/items/import/csv";
import { importItemsInTransaction } from "@/lib/items/import/import-items";

/** 三元区商务局's 上线日期: everything before it is history. */
export const DEMO_COMMERCE_GO_LIVE_ON = "2018-01-01";

/** The demo agency admin (张管理) brings the history in. */
export const DEMO_IMPORTER_EMAIL = "swj.admin@gongkai.demo";

type Row = Partial<Record<ImportColumn, string>>;

const WEBSITE = "政府网站";
const WEBSITE_AND_BOARD = "政府网站、公开栏";

const notice = (body: string) => `各商贸企业、各有关单位：\n\n${body}\n\n特此通知。\n\n三元区商务局`;

/** 2008–2016: 12 items. */
const HISTORY: Row[] = [
  {
    title: "三元区商务局政府信息公开指南",
    writtenOn: "2008-04-25",
    publishedOn: "2008-05-04",
    indexNumber: "350403001/2008-00001",
    subjectCategory: "02",
    catalogueCategory: "其他",
    genre: "其他",
    channels: WEBSITE_AND_BOARD,
    keywords: "政府信息公开，指南",
    summary: "说明本局主动公开的范围、依申请公开的办理程序和监督方式。",
    bodyMarkdown:
      "## 一、公开范围\n\n本局主动公开机构职能、政策文件、规划计划等政府信息。\n\n## 二、依申请公开\n\n申请人可通过当面、信函、网络等方式提出申请。\n\n## 三、监督方式\n\n联系电话：0598-8336118。",
  },
  {
    title: "三元区商务局关于做好2009年元旦春节期间市场供应工作的通知",
    documentNumber: "元商务【2008】21号",
    writtenOn: "2008-12-10",
    publishedOn: "2008-12-15",
    indexNumber: "350403001/2008-00009",
    subjectCategory: "08",
    catalogueCategory: "其他",
    genre: "通知",
    channels: WEBSITE,
    keywords: "市场供应，生活必需品，春节",
    summary: "部署两节期间生活必需品市场供应和价格监测工作。",
    bodyMarkdown: notice(
      "为保障元旦、春节期间全区生活必需品市场供应充足、价格基本稳定，现就有关事项通知如下：各重点流通企业要做好商品储备，加强市场监测，及时报送供应情况。",
    ),
  },
  {
    title: "三元区商务局关于开展2009年“安全生产月”活动的通知",
    documentNumber: "元商务〔2009〕11号",
    writtenOn: "2009-05-27",
    publishedOn: "2009-06-02",
    indexNumber: "350403001/2009-00006",
    subjectCategory: "09",
    catalogueCategory: "安全生产、应急管理类",
    genre: "通知",
    channels: WEBSITE,
    keywords: "安全生产月",
    summary: "部署全区商贸流通领域2009年“安全生产月”活动。",
    bodyMarkdown: notice(
      "根据区安委会统一部署，6月在全区商贸流通领域开展“安全生产月”活动，各单位要组织开展隐患排查和安全宣传。",
    ),
  },
  {
    title: "三元区商务局关于做好家电下乡政策宣传工作的通知",
    documentNumber: "元商务〔2010〕16号",
    writtenOn: "2010-09-01",
    publishedOn: "2010-09-08",
    indexNumber: "350403001/2010-00012",
    subjectCategory: "08",
    catalogueCategory: "政策、规范性文件类",
    genre: "通知",
    channels: WEBSITE_AND_BOARD,
    keywords: "家电下乡，政策宣传",
    summary: "要求各销售网点做好家电下乡补贴政策的宣传和公示。",
    bodyMarkdown: notice(
      "各家电下乡销售网点要在显著位置公示补贴产品目录、补贴标准和办理流程，方便农民群众了解和享受政策。",
    ),
  },
  {
    title: "三元区“十二五”商务发展规划",
    documentNumber: "元商务〔2011〕8号",
    writtenOn: "2011-04-20",
    publishedOn: "2011-04-28",
    indexNumber: "350403001/2011-00004",
    subjectCategory: "08",
    catalogueCategory: "规划计划类",
    genre: "其他",
    channels: WEBSITE,
    keywords: "十二五，商务发展，规划",
    summary: "提出2011—2015年全区商贸流通、招商引资和对外贸易的发展目标与主要任务。",
    bodyMarkdown:
      "## 一、发展基础\n\n“十一五”期间，全区社会消费品零售总额年均增长15%以上。\n\n## 二、发展目标\n\n到2015年，商贸流通体系更加完善，利用外资稳步增长。\n\n## 三、主要任务\n\n- 完善城乡商贸流通网络\n- 推进重点招商项目\n- 扩大对外贸易",
  },
  {
    title: "三元区商务局关于印发《三元区生活必需品市场供应应急预案》的通知",
    documentNumber: "元商务〔2012〕9号",
    writtenOn: "2012-05-08",
    publishedOn: "2012-05-15",
    indexNumber: "350403001/2012-00007",
    subjectCategory: "08",
    catalogueCategory: "安全生产、应急管理类",
    genre: "通知",
    channels: WEBSITE,
    validity: "废止",
    validityChangedOn: "2016-06-30",
    keywords: "应急预案，生活必需品，市场供应",
    summary: "印发生活必需品市场供应突发事件的分级响应和处置预案。",
    bodyMarkdown: notice("现将《三元区生活必需品市场供应应急预案》印发给你们，请认真贯彻执行。"),
  },
  {
    title: "三元区商务局2012年政府信息公开工作年度报告",
    writtenOn: "2013-03-20",
    publishedOn: "2013-03-28",
    indexNumber: "350403001/2013-00003",
    subjectCategory: "02",
    catalogueCategory: "其他",
    genre: "报告",
    channels: WEBSITE,
    keywords: "政府信息公开，年度报告",
    summary: "报告2012年本局政府信息主动公开、依申请公开等情况。",
    bodyMarkdown:
      "## 一、概述\n\n2012年，我局认真贯彻《中华人民共和国政府信息公开条例》。\n\n## 二、主动公开政府信息情况\n\n全年主动公开政府信息，均通过三元区政府信息公开网站公开。\n\n## 三、依申请公开情况\n\n本年度未收到政府信息公开申请。",
  },
  {
    title: "三元区商务局关于开展2014年“安全生产月”活动的通知",
    documentNumber: "元商务〔2014〕10号",
    writtenOn: "2014-05-28",
    publishedOn: "2014-06-03",
    indexNumber: "350403001/2014-00005",
    subjectCategory: "09",
    catalogueCategory: "安全生产、应急管理类",
    genre: "通知",
    channels: WEBSITE_AND_BOARD,
    keywords: "安全生产月",
    summary: "部署全区商贸流通领域2014年“安全生产月”活动。",
    bodyMarkdown: notice(
      "今年6月是全国第十三个“安全生产月”，主题为“强化红线意识、促进安全发展”。各单位要结合实际开展宣传咨询和隐患排查。",
    ),
  },
  {
    title: "三元区市场运行调控资金管理使用实施方案",
    documentNumber: "元商务〔2015〕6号",
    writtenOn: "2015-04-02",
    publishedOn: "2015-04-10",
    indexNumber: "350403001/2015-00004",
    subjectCategory: "04",
    catalogueCategory: "财政资金类/专项资金",
    genre: "其他",
    channels: WEBSITE,
    keywords: "市场运行调控资金，资金管理",
    summary: "规定市场运行调控资金的使用范围、申报程序和监督管理。",
    bodyMarkdown:
      "## 一、资金使用范围\n\n用于生活必需品储备、市场监测和应急投放。\n\n## 二、申报程序\n\n企业提出申请，区商务局会同区财政局审核。\n\n## 三、监督管理\n\n资金使用情况接受审计和社会监督。",
  },
  {
    title: "三元区商务局领导班子成员及分工（2015年）",
    writtenOn: "2015-11-16",
    publishedOn: "2015-11-18",
    indexNumber: "350403001/2015-00011",
    subjectCategory: "02",
    catalogueCategory: "机构职能类",
    genre: "其他",
    channels: WEBSITE,
    validity: "失效",
    validityChangedOn: "2017-03-06",
    keywords: "领导分工",
    summary: "公布局领导班子成员及其分工。",
    bodyMarkdown:
      "局长：主持全面工作。\n\n副局长：分管内贸流通、安全生产工作。\n\n副局长：分管招商引资、对外贸易工作。",
  },
  {
    title: "三元区商务局关于开展2016年商贸流通领域诚信主题实践活动的通知",
    documentNumber: "元商务〔2016〕5号",
    writtenOn: "2016-03-21",
    publishedOn: "2016-03-28",
    indexNumber: "350403001/2016-00002",
    subjectCategory: "08",
    catalogueCategory: "其他",
    genre: "通知",
    channels: WEBSITE,
    keywords: "诚信，主题实践活动",
    summary: "在全区商贸企业中开展诚信经营主题实践活动。",
    bodyMarkdown: notice(
      "为营造诚实守信的消费环境，决定在全区商贸流通领域开展诚信主题实践活动，引导企业亮照经营、明码标价。",
    ),
  },
  {
    title: "2016年1—9月三元区商务运行情况",
    writtenOn: "2016-10-10",
    publishedOn: "2016-10-14",
    indexNumber: "350403001/2016-00009",
    subjectCategory: "08",
    catalogueCategory: "统计数据类",
    genre: "其他",
    channels: WEBSITE,
    keywords: "社会消费品零售总额，利用外资，商务运行",
    summary: "公布前三季度社会消费品零售总额、实际利用外资等商务指标完成情况。",
    bodyMarkdown:
      "1—9月，全区社会消费品零售总额同比增长，消费市场运行平稳；实际利用外资完成年度计划进度。\n\n| 指标 | 完成情况 |\n| --- | --- |\n| 社会消费品零售总额 | 同比增长 |\n| 实际利用外资 | 完成进度过半 |",
  },
];

/** 2017: 15 items (机构职能类 8, 政策、规范性文件类 1, 安全生产、应急管理类 6). */
const YEAR_2017: Row[] = [
  {
    title: "三元区商务局关于做好2017年春节期间商贸流通领域安全生产工作的通知",
    documentNumber: "元商务〔2017〕1号",
    writtenOn: "2017-01-09",
    publishedOn: "2017-01-10",
    subjectCategory: "09",
    catalogueCategory: "安全生产、应急管理类",
    genre: "通知",
    channels: WEBSITE,
    keywords: "安全生产，春节",
    summary: "部署春节期间商场超市、成品油经营企业等的安全生产检查。",
    bodyMarkdown: notice(
      "春节临近，商场超市人流集中。各单位要落实安全生产主体责任，加强消防安全检查，确保节日期间安全稳定。",
    ),
  },
  {
    title: "三元区商务局主要职责",
    writtenOn: "2017-02-15",
    publishedOn: "2017-02-20",
    subjectCategory: "02",
    catalogueCategory: "机构职能类",
    genre: "其他",
    channels: WEBSITE_AND_BOARD,
    keywords: "机构职能，主要职责",
    summary: "公布本局的主要职责。",
    bodyMarkdown:
      "- 贯彻执行国内外贸易和国际经济合作的方针政策\n- 负责推进商贸流通体制改革，指导全区商贸服务业发展\n- 负责全区招商引资、对外贸易和利用外资工作\n- 负责商贸流通领域安全生产监督管理",
  },
  {
    title: "三元区商务局内设机构",
    writtenOn: "2017-02-15",
    publishedOn: "2017-02-20",
    subjectCategory: "02",
    catalogueCategory: "机构职能类",
    genre: "其他",
    channels: WEBSITE,
    keywords: "机构职能，内设机构",
    summary: "公布本局内设股室及其职责。",
    bodyMarkdown:
      "本局设办公室、商贸流通股、外经贸股、招商股。\n\n地址：三元区崇宁路10号3楼305室，电话：0598-8336118。",
  },
  {
    title: "三元区商务局2017年安全生产工作要点",
    documentNumber: "元商务〔2017〕5号",
    writtenOn: "2017-02-27",
    publishedOn: "2017-03-01",
    subjectCategory: "09",
    catalogueCategory: "安全生产、应急管理类",
    genre: "其他",
    channels: WEBSITE,
    keywords: "安全生产，工作要点",
    summary: "明确2017年商贸流通领域安全生产的目标任务和工作措施。",
    bodyMarkdown:
      "## 一、总体要求\n\n坚持安全第一、预防为主、综合治理。\n\n## 二、重点工作\n\n- 落实企业安全生产主体责任\n- 开展成品油、商场超市专项检查\n- 组织“安全生产月”活动",
  },
  {
    title: "三元区商务局领导班子成员及分工",
    writtenOn: "2017-03-03",
    publishedOn: "2017-03-06",
    subjectCategory: "02",
    catalogueCategory: "机构职能类",
    genre: "其他",
    channels: WEBSITE_AND_BOARD,
    keywords: "领导分工",
    summary: "公布调整后的局领导班子成员及其分工。",
    bodyMarkdown:
      "局长：主持全面工作，分管办公室。\n\n副局长：分管商贸流通、安全生产工作。\n\n副局长：分管招商引资、外经贸工作。",
  },
  {
    title: "三元区商务局关于调整政府信息公开工作领导小组成员的通知",
    documentNumber: "元商务〔2017〕3号",
    writtenOn: "2017-03-10",
    publishedOn: "2017-03-15",
    subjectCategory: "02",
    catalogueCategory: "机构职能类",
    genre: "通知",
    channels: WEBSITE,
    keywords: "政府信息公开，领导小组",
    summary: "调整以局长为组长的政府信息公开工作领导小组，领导小组办公室设在局办公室。",
    bodyMarkdown:
      "局属各股室：\n\n因人员变动，经研究，决定调整局政府信息公开工作领导小组：组长由局长担任，副组长由副局长担任，成员为各股室负责人。领导小组下设办公室，设在局办公室。",
  },
  {
    title: "三元区商务局关于转发小微企业税收优惠政策的通知",
    documentNumber: "元商务〔2017〕9号",
    writtenOn: "2017-04-12",
    publishedOn: "2017-04-18",
    subjectCategory: "08",
    catalogueCategory: "政策、规范性文件类",
    genre: "通知",
    channels: WEBSITE,
    keywords: "小微企业，减税降费",
    summary: "转发上级关于扶持小微企业发展的税收优惠和减免政策。",
    bodyMarkdown: notice("现将上级关于扶持小微企业发展的税收优惠政策转发给你们，请各商贸企业对照政策及时申报享受。"),
  },
  {
    title: "三元区商务局关于做好汛期商贸流通领域安全防范工作的通知",
    documentNumber: "元商务〔2017〕10号",
    writtenOn: "2017-05-05",
    publishedOn: "2017-05-08",
    subjectCategory: "09",
    catalogueCategory: "安全生产、应急管理类",
    genre: "通知",
    channels: WEBSITE,
    keywords: "汛期，防汛，安全防范",
    summary: "部署汛期商场超市、农贸市场和成品油经营企业的安全防范和市场供应保障。",
    bodyMarkdown: notice("我区已进入主汛期。各单位要加强值班值守，排查低洼地段经营场所隐患，做好生活必需品应急储备。"),
  },
  {
    title: "三元区商务局权力清单和责任清单",
    writtenOn: "2017-05-10",
    publishedOn: "2017-05-16",
    subjectCategory: "02",
    catalogueCategory: "机构职能类",
    genre: "其他",
    channels: WEBSITE,
    keywords: "权责清单，放管服",
    summary: "公布本局七类权责事项及其设定依据、责任事项和追责情形。",
    bodyMarkdown:
      "本局权责清单共七类：行政许可、行政处罚、行政强制、行政检查、行政确认、行政奖励、其他行政权力。\n\n清单已通过三元区人民政府网站向社会公开，接受社会监督。",
  },
  {
    title: "三元区商务局关于开展2017年“安全生产月”活动的通知",
    documentNumber: "元商务【2017】12号",
    writtenOn: "2017-05-26",
    publishedOn: "2017-06-01",
    subjectCategory: "09",
    catalogueCategory: "安全生产、应急管理类",
    genre: "通知",
    channels: WEBSITE_AND_BOARD,
    keywords: "安全生产月",
    summary: "部署全区商贸流通领域第十六个“安全生产月”活动。",
    bodyMarkdown: notice(
      "今年6月是全国第十六个“安全生产月”，主题为“全面落实企业安全生产主体责任”。各单位要通过LED电子显示屏、宣传资料等方式开展宣传，组织隐患排查。",
    ),
  },
  {
    title: "三元区商务局关于权责清单调整情况的公告",
    documentNumber: "元商务〔2017〕15号",
    writtenOn: "2017-07-14",
    publishedOn: "2017-07-20",
    subjectCategory: "02",
    catalogueCategory: "机构职能类",
    genre: "公告",
    channels: WEBSITE,
    keywords: "权责清单，调整",
    summary: "根据元委编办〔2017〕27号文件要求，公布本局权责事项的调整情况。",
    bodyMarkdown:
      "根据《中共三元区委机构编制委员会办公室关于推进权力清单和责任清单融合及开展证照清理工作的通知》（元委编办〔2017〕27号）要求，本局对现有权责事项进行了调整和规范，现将调整情况公告如下。",
  },
  {
    title: "三元区商务局公共服务事项清单及办事指南",
    writtenOn: "2017-08-10",
    publishedOn: "2017-08-15",
    subjectCategory: "02",
    catalogueCategory: "机构职能类",
    genre: "其他",
    channels: WEBSITE,
    keywords: "公共服务，办事指南，互联网+政务服务",
    summary: "公布已进驻福建省网上办事大厅的公共服务事项及其办事指南。",
    bodyMarkdown:
      "本局公共服务事项已进驻福建省网上办事大厅，做到事项名称、申请材料、审批流程、办理时限、收费标准“五统一”。",
  },
  {
    title: "三元区商务局关于开展成品油经营企业安全生产检查的通知",
    documentNumber: "元商务〔2017〕18号",
    writtenOn: "2017-08-18",
    publishedOn: "2017-08-22",
    subjectCategory: "09",
    catalogueCategory: "安全生产、应急管理类",
    genre: "通知",
    channels: WEBSITE,
    keywords: "成品油，安全生产检查",
    summary: "组织对全区加油站开展安全生产检查。",
    bodyMarkdown: notice(
      "定于9月对全区成品油经营企业开展安全生产检查，重点检查安全管理制度、消防设施和应急预案落实情况。",
    ),
  },
  {
    title: "三元区商务局关于“双随机、一公开”工作有关情况的说明",
    writtenOn: "2017-09-08",
    publishedOn: "2017-09-12",
    subjectCategory: "02",
    catalogueCategory: "机构职能类",
    genre: "其他",
    channels: WEBSITE,
    keywords: "双随机一公开，事中事后监管",
    summary: "说明本局暂不具备建立“双随机抽查机制”的条件及下一步安排。",
    bodyMarkdown:
      "本局内贸执法职能需由商务执法大队承担。因尚未成立商务执法大队、暂无执法人员，暂不具备建立“双随机抽查机制”的条件。待执法大队成立后，将建立“市场主体名录”和随机抽查事项清单，并依法公开抽查结果和查处情况。",
  },
  {
    title: "三元区商务局关于做好2017年国庆、中秋期间商贸流通领域安全生产和市场供应工作的通知",
    documentNumber: "元商务〔2017〕20号",
    writtenOn: "2017-09-22",
    publishedOn: "2017-09-25",
    subjectCategory: "09",
    catalogueCategory: "安全生产、应急管理类",
    genre: "通知",
    channels: WEBSITE,
    keywords: "安全生产，市场供应，国庆，中秋",
    summary: "部署“双节”期间商贸流通领域安全生产和生活必需品市场供应。",
    bodyMarkdown: notice(
      "国庆、中秋“双节”将至，各单位要加强安全巡查，做好节日市场供应和价格监测，遇有突发情况及时报告。",
    ),
  },
];

export const DEMO_COMMERCE_ITEMS: Row[] = [...HISTORY, ...YEAR_2017];

/** Imports the demo items into 三元区商务局 as its agency admin, inside seedDemoData's transaction. */
export async function seedDemoItems(tx: Tx, agencyId: string) {
  const user = await tx.user.findUniqueOrThrow({
    where: { email: DEMO_IMPORTER_EMAIL },
    select: { id: true, name: true, isPlatformAdmin: true, memberships: { select: { agencyId: true, role: true } } },
  });
  // The bureau went live on the platform after its 2017 report: its history is imported as historical.
  await tx.agency.update({ where: { id: agencyId }, data: { goLiveOn: toDbDate(DEMO_COMMERCE_GO_LIVE_ON) } });
  const bytes = new TextEncoder().encode(importCsv(DEMO_COMMERCE_ITEMS));
  return importItemsInTransaction(tx, {
    actor: user,
    agencyId,
    historical: true,
    file: { bytes, fileName: "三元区商务局历史信息.csv" },
  });
}
