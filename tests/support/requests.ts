// A valid request as a citizen fills it in (a natural person with a well-formed 居民身份证 number).
export function onlineRequestInput(agencyId: string, overrides: Record<string, unknown> = {}) {
  return {
    agencyId,
    applicantType: "NATURAL_PERSON",
    applicantName: "张三",
    contactPerson: "",
    idType: "RESIDENT_ID",
    idNumber: "11010519491231002x",
    phone: "13800138000",
    email: "zhangsan@example.com",
    address: "三明市三元区新市中路1号",
    postcode: "365000",
    description: "申请公开三元区商务局2017年安全生产检查的检查记录和处理结果。",
    documentHint: "元商务〔2017〕12号",
    purpose: "",
    form: "ELECTRONIC",
    delivery: "EMAIL",
    ...overrides,
  };
}
