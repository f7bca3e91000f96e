"use server";
import { headers } from "next/headers";
import { receiptIsEmailed } from "@/lib/requests/receipt-mail";
import { clientIpFromHeaders } from "@/lib/auth/client-ip";
import { runFormAction } from "@/lib/actions/run-form-action";
import { fromDbDate } from "@/lib/calendar/calendar-date";
import { submissionChallengeSettings } from "@/lib/requests/public-limits";
import { submitOnlineRequestWithFiles, type UploadedFile } from "@/lib/requests/request-files";
import { CHALLENGE_FIELD } from "@/lib/requests/submission-challenge";
import type { RequestFormState } from "@/components/portal/request-receipt";

const FIELDS = [
  "agencyId",
  "applicantType",
  "applicantName",
  "contactPerson",
  "idType",
  "idNumber",
  "phone",
  "email",
  "address",
  "postcode",
  "description",
  "documentHint",
  "purpose",
  "form",
  "delivery",
] as const;

/**
 * 网络申请: public (no sign-in); the use case checks everything, including the per-address limit and, when
 * switched on, the form's proof-of-work solution.
 * The receipt comes back in the state, not at a URL.
 */
export async function submitRequestAction(_state: RequestFormState, formData: FormData): Promise<RequestFormState> {
  // runFormAction answers FormState; on success it is the state built below, with its receipt.
  return runFormAction(formData, async () => {
    const input: Record<string, string> = {};
    for (const name of FIELDS) {
      const value = formData.get(name);
      if (typeof value === "string") input[name] = value;
    }
    // Organisations only: a contact person typed before switching to 自然人 is not sent along.
    if (input.applicantType === "NATURAL_PERSON") input.contactPerson = "";
    const files: UploadedFile[] = [];
    for (const entry of formData.getAll("files")) {
      // A file input left empty still sends one empty part; an empty file carries nothing to attach either.
      if (entry instanceof File && entry.size > 0)
        files.push({ bytes: Buffer.from(await entry.arrayBuffer()), fileName: entry.name });
    }
    const request = await submitOnlineRequestWithFiles({
      input,
      files,
      clientIp: clientIpFromHeaders(await headers()),
      challenge: submissionChallengeSettings().enabled ? { payload: formData.get(CHALLENGE_FIELD) } : undefined,
    });
    const state: RequestFormState = {
      ok: true,
      receipt: {
        trackingCode: request.trackingCode,
        agencyName: request.agencyName,
        receivedOn: fromDbDate(request.receivedOn),
        dueOn: request.dueOn,
        dueProvisional: request.dueProvisional,
        fileCount: request.files.length,
        emailed: receiptIsEmailed(request.email),
      },
    };
    return state;
  }) as Promise<RequestFormState>;
}
