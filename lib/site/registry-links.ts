// The national registries the footer links to, as 《政府网站发展指引》 and the filing rules ask: the ICP filing is
// looked up at the MIIT's filing system, the public-security filing at the MPS's, and 我为政府网站找错 opens the
// State Council's error-report service for this site's 网站标识码 (the address its own jiucuo.js embed opens).
const ICP_REGISTRY = "https://beian.miit.gov.cn/";
const PUBLIC_SECURITY_REGISTRY = "https://beian.mps.gov.cn/#/query/webSearch";
const ERROR_REPORT_SERVICE = "https://zfwzgl.www.gov.cn/exposure/jiucuo.html";

export const icpRegistryUrl = () => ICP_REGISTRY;

/** The MPS record page of a 公网安备号 (its 14 digits are the record's code). */
export function publicSecurityRegistryUrl(publicSecurityNumber: string): string {
  const code = publicSecurityNumber.match(/\d{14}/)?.[0];
  return code ? `${PUBLIC_SECURITY_REGISTRY}?code=${code}` : PUBLIC_SECURITY_REGISTRY;
}

/** 我为政府网站找错 for the site with this 网站标识码. */
export function errorReportUrl(siteIdCode: string): string {
  return `${ERROR_REPORT_SERVICE}?site_code=${encodeURIComponent(siteIdCode)}`;
}
