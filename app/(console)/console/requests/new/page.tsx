import { getTranslations } from "next-intl/server";
import { RequestRegistrationForm } from "@/components/console/request-registration-form";
import { PageHeader } from "@/components/ui/page-header";
import { attachmentMaxMb } from "@/lib/attachments/config";
import { requirePageAccess } from "@/lib/auth/page-guards";
import { chinaToday } from "@/lib/calendar/calendar-date";
import { listRegistrationAgencies } from "@/lib/requests/console-views";
import { REQUEST_FILE_LIMITS } from "@/lib/requests/request-files";
import {
  APPLICANT_TYPES,
  DELIVERY_METHODS,
  INFORMATION_FORMS,
  ORGANIZATION_ID_TYPES,
  PERSONAL_ID_TYPES,
  RECEIPT_BASES_BY_CHANNEL,
  STAFF_CHANNELS,
} from "@/lib/requests/vocabulary";
import { registerRequestAction } from "../actions";

export async function generateMetadata() {
  return { title: (await getTranslations("requestConsole"))("register") };
}

export default async function NewRequestPage() {
  const user = await requirePageAccess("request.register");
  const [t, agencies] = await Promise.all([getTranslations("requestConsole"), listRegistrationAgencies(user)]);
  return (
    <div>
      <PageHeader title={t("registerTitle")} />
      <RequestRegistrationForm
        action={registerRequestAction}
        options={{
          agencies,
          applicantTypes: APPLICANT_TYPES,
          personalIdTypes: PERSONAL_ID_TYPES,
          organizationIdTypes: ORGANIZATION_ID_TYPES,
          channels: STAFF_CHANNELS,
          receiptBasesByChannel: RECEIPT_BASES_BY_CHANNEL,
          forms: INFORMATION_FORMS,
          // The staff form offers what ZStaffRegistration accepts.
          deliveries: DELIVERY_METHODS,
          today: chinaToday(),
          maxMb: attachmentMaxMb(),
          maxFiles: REQUEST_FILE_LIMITS.maxFiles,
        }}
      />
    </div>
  );
}
