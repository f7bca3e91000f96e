// Console API: the 信息处理费 steps of a request — the fee notice, the payment, the lapse — with the same use
// cases, permissions and clock rules as the console's fee page (a notice only within the reply period, at least
// 20 working days to pay, no lapse before the deadline).
import { requireApiUser } from "@/lib/api/authenticate";
import { apiRoute, json, readJson } from "@/lib/api/respond";
import { AppError } from "@/lib/errors/app-error";
import { recordFeeLapsed } from "@/lib/requests/fees/record-fee-lapsed";
import { sendFeeNotice } from "@/lib/requests/fees/record-fee-notice";
import { recordFeePaid } from "@/lib/requests/fees/record-fee-paid";

type Context = { params: Promise<{ id: string; step: string }> };

export const POST = apiRoute(async (request: Request, context: Context) => {
  const actor = await requireApiUser(request);
  const { id: requestId, step } = await context.params;
  const input = await readJson(request);
  switch (step) {
    case "notice": {
      const notice = await sendFeeNotice({ actor, requestId, input });
      return json(
        {
          id: notice.id,
          method: notice.method,
          amountYuan: notice.amountYuan,
          paymentDeadline: notice.paymentDeadline.toISOString().slice(0, 10),
        },
        { status: 201 },
      );
    }
    case "paid":
      await recordFeePaid({ actor, requestId, input });
      return json({ ok: true }, { status: 201 });
    case "lapsed":
      await recordFeeLapsed({ actor, requestId, input });
      return json({ ok: true }, { status: 201 });
    default:
      throw new AppError("NOT_FOUND");
  }
});
