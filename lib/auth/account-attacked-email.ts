// The e-mail that tells a user their account was attacked: someone failed to sign in as them too often. Written
// for a clerk, in Chinese (the console's language), with what to do.

export function accountAttackedEmail(p: {
  name: string;
  at: Date;
  clientIp: string;
  failures: number;
  minutes: number;
}) {
  // Beijing time (UTC+8, no daylight saving), e.g. 2026-12-04 17:55
  const when = new Date(p.at.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace("T", " ");
  return {
    subject: "【安全提醒】您的政务公开平台账号多次登录失败",
    text:
      `${p.name}，您好：\n\n` +
      `截至 ${when}（北京时间），有人用错误的密码尝试登录您的账号 ${p.failures} 次，最近一次来自地址 ${p.clientIp}。` +
      `为保护您的账号，这些地址在 ${p.minutes} 分钟内不能再尝试登录；您本人从其他地址仍可登录，但可能需要稍候片刻。\n\n` +
      `如果这些尝试不是您本人所为，请登录后立即修改密码，并告知本机关的系统管理员；管理员也可以在用户页面为您解除锁定。` +
      `如果是您本人输错了密码，可忽略本邮件。\n\n（本邮件由系统自动发送，请勿直接回复。）`,
  };
}
