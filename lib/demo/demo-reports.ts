// 三元区商务局's 2017 annual report (the seed, shared/seeds: 元商务【2018】5号, dated 2018年1月15日), published
// through the same use cases as in the console: staff write the narrative and submit, the leader approves.
// The figures are not typed anywhere: the older format's table (15/27, 15/27, 0/0…) is computed from the
// 27 imported items (lib/demo/demo-items.ts) when the version is frozen. No 2025 report is published: the
// demo shows the dashboard's 已逾期 warning, and the browser journey publishes one.
import type { Db } from "@/lib/db";
import { loadPrincipal, type CurrentUser } from "@/lib/auth/load-principal";
import { approveReport } from "@/lib/reports/approve-report";
import { openReport } from "@/lib/reports/open-report";
import { submitReport } from "@/lib/reports/submit-report";
import { updateReportNarrative } from "@/lib/reports/update-report-narrative";
import type { ReportNarrative } from "@/lib/reports/types";

export const DEMO_REPORT_WRITER_EMAIL = "swj.staff@gongkai.demo";
export const DEMO_REPORT_APPROVER_EMAIL = "swj.leader@gongkai.demo";
/** The seed report is signed 2018年1月15日: the version's publishedOn is that day (before 31 January, on time). */
export const DEMO_2017_PUBLISHED_AT = new Date("2018-01-15T10:00:00+08:00");

/** The seed's text, section by section (Markdown). */
export const DEMO_2017_NARRATIVE: ReportNarrative = {
  introduction:
    "本报告根据《中华人民共和国政府信息公开条例》和《关于做好2017年政府信息公开工作年度报告有关事项的通知》（元政务公开办〔2017〕8号）要求，进行组织编制工作。主要内容包括概述、主动公开政府信息的情况、政府信息依申请公开办理情况、因政府信息公开申请行政复议和提起诉讼的情况、政府信息公开工作存在的主要问题及改进措施，并附相关说明和指标统计表。本年报中所列数据的统计期限自2017年1月1日起至2017年12月31日止。本年报可在区政府信息公开网站（www.smsy.gov.cn）下载。如对本年报有任何疑问，请与我局办公室联系（地址：三元区崇宁路10号3楼305室，邮编：365001，电话：0598-8336118，电子邮箱：sywjmj@163.com）。",
  overview: [
    "2017年，我局按照《中华人民共和国政府信息公开条例》、《福建省政府信息公开办法》、《三明市人民政府办公室关于印发2017年政务公开工作主要任务分解表的通知》的要求，立足商务工作职能，把做好政务信息公开工作列入重要的议事日程中，精心组织，周密部署，进一步健全工作机制、强化监督，扎实稳步开展商务信息公开工作，保障了三元区商务局政府信息公开工作依法、及时、准确、有序的开展。",
    "### （一）以政务公开助力稳增长",
    "**1、加强预期引导**",
    "（1）深入开展政策解读工作。我局高度重视商务政策的解读工作，结合“6.23”第十六个“安全生产月”活动、“9.20”公民道德宣传日、企业诚信主题实践活动、反邪教宣传签名活动、“12.4”全国法制宣传日及各种宣传月、宣传周等主题活动，通过印制分发宣传资料和LED电子显示屏宣传等方式，利用网站、新闻媒体等平台，开展普法活动，大力宣传《对外贸易法》、《中外合资经营企业法》、《外资企业法》、《拍卖法》等法律法规，及时准确将政策意图传递给群众和当地企业，使群众对商贸法律法规有了进一步了解。并且针对涉及全区商贸经济发展的误导和不实信息，及时澄清事实，解疑释惑，增强社会各界对我区经济稳中向好的信心。",
    "**2.推进减税、降费、降低要素成本信息公开**",
    "（2）公开降低企业成本各项政策措施及执行落实情况。我局积极主动公开或转发各相关部门关于推进减税降费等政策措施，加大对支持小微企业方面的税收优惠和减免政策公开力度，对上级关于小微企业的扶持政策进行及时的公布和宣传。",
    "**3.推进重大建设项目和公共资源配置信息公开**",
    "（3）推进重大建设项目信息公开。我局围绕旅游、稀土和新能源材料、氟硅新材料、生物医药、食品加工和机械制造等重大招商建设项目，设立政务公开专栏及制作三元区招商手册等形式，积极主动向市局和区委区政府发布招商进展动态，做到常规性工作定期公开，临时性工作随时公开，固定性工作长期公开。",
    "### （五）公开制度建设情况",
    "依照区政府制定的信息公开五项制度，我局相应制定了三元区商务局政府信息公开制度，并要求全局工作人员严格按照制度规定执行。同时，充实并完善了《三元区商务局信息发布保密审查制度》、《三元区商务局政府信息依申请公开制度》、《三元区商务局政府信息公开责任追究制度》等，确保政府信息公开工作有序开展。把政府信息公开工作纳入年度绩效考评内容，明确了责任人和责任指标。",
    "### （六）组织机构建设和经费投入情况",
    "我局注重加强对政务信息公开的组织领导，成立了以局长为组长、副局长为副组长，各股室负责人为成员的三元区商务局政府信息公开工作领导小组，领导小组下设办公室，形成了“主要领导亲自抓，分管领导具体抓，办公室抓落实”的工作机制。同时，落实了政府信息公开兼职人员1名，及时发布审核政府信息公开内容，提高政府信息公开的透明度。",
    "### （七）公开渠道建设和利用情况",
    "主要是加强门户网站建设和固定的局党务政务公开栏建设。利用互联网门户网站实时更新我局信息公开内容，指定了专人具体承办本部门的信息公开工作及门户网站相关栏目的维护，及时、全面公开各类政府信息，并及时在局党务政务固定公开栏公布相关内容，做到每月更新不少于1次。严格按照依法公开的原则，主动、及时、规范信息的发布，妥善处理好依申请公开，严格保密审查和监督保障等措施，对拟公开的内容在公开前经过审议小组审议，确保公开内容的真实可靠。在局门口设立信息公开监督信箱和举报电话，接受群众投诉，加强信息公开的监督。我局始终努力探索建设基于新媒体的政务信息发布新渠道，利用这些网络新媒体及时发布各类权威政务信息，解答群众热点问题，积极创造条件，推行电子政务。",
  ].join("\n\n"),
  problems: [
    "### （一）存在的主要问题",
    "通过对我局政府信息公开工作进行分析总结，目前，我局信息公开工作在落实《条例》过程中还存在着一些不足和问题：一是对政务信息公开的认识还有待深入，相关工作人员的政府信息公开意识还需要进一步提高；二是公开内容需要进一步深化。主动公开的政府信息与公众的需求还存在一些距离，项目申报、惠企政策、人民群众关心的行政审批和公共服务事项等需要进一步公开；三是政务公开涉及面广、政策性强，政府信息公开的体制机制仍需进一步完善。",
    "### （二）改进措施",
    "一是进一步加强对《条例》和有关政府信息公开文件的学习,准确理解,严格执行,按照“以公开为原则,不公开为例外”的总体要求,进一步增强政府信息公开意识,服务意识,确保政府信息公开工作稳步推进。",
    "二是进一步健全和完善政府信息公开工作机制和监督保障机制。强化政府信息公开工作领导小组各成员的职责,对各类政府信息做到及时清理和更新,注重数据准确、用词严谨、页面美观,严格按照规定的内容、程序、形式和时限公开政府信息。强化监督检查,健全监督制约机制。",
    "三是进一步增进与社会公众的沟通,畅通公开渠道。加强调研和分析,了解社情民意,及时掌握群众关心的热点和焦点问题,对涉及群众切身利益的重要政府信息要予以高度重视和认真对待。同时,以便民利民为根本宗旨,在不违反保密等有关规定的前提下尽量满足群众需要,切实保障社会公众的知情权,使政府信息公开工作落到实处。",
  ].join("\n\n"),
  otherMatters: "无。",
};

async function principal(db: Db, email: string): Promise<CurrentUser> {
  const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true, sessionVersion: true } });
  const loaded = await loadPrincipal(user.id, user.sessionVersion);
  if (!loaded) throw new Error(`demo account ${email} cannot act`);
  return loaded;
}

/**
 * Publishes 商务局's 2017 report. Runs after seedDemoData's transaction has committed: the report use cases open
 * their own transactions on lib/db's client, which seedDemoData points at `db` (withDatabase).
 */
export async function seedDemoReports(db: Db, commerceId: string) {
  const [writer, approver] = await Promise.all([
    principal(db, DEMO_REPORT_WRITER_EMAIL),
    principal(db, DEMO_REPORT_APPROVER_EMAIL),
  ]);
  const report = await openReport({
    user: writer,
    agencyId: commerceId,
    year: 2017,
    scope: "OWN",
    now: DEMO_2017_PUBLISHED_AT,
  });
  await updateReportNarrative({ user: writer, reportId: report.id, input: DEMO_2017_NARRATIVE });
  await submitReport({ user: writer, reportId: report.id });
  return approveReport({ user: approver, reportId: report.id, now: DEMO_2017_PUBLISHED_AT });
}
