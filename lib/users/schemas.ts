import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";
import { zEmail, zPassword, zRequiredText } from "@/lib/forms/validation";

export const ZRoleGrant = z.object({ agencyId: z.uuid("uuid"), role: z.enum(ROLES, "invalid") });

export const ZUserCreate = z.object({
  email: zEmail,
  name: zRequiredText(100),
  /** The initial password, told to the user by the administrator; they must change it at first sign-in. */
  password: zPassword,
  agencyId: z.uuid("uuid"),
  roles: z.array(z.enum(ROLES, "invalid")).min(1, "roleRequired"),
});
export type TUserCreate = z.infer<typeof ZUserCreate>;

export const ZUserProfile = z.object({ email: zEmail, name: zRequiredText(100) });

export const ZAgencyRoles = z.object({ agencyId: z.uuid("uuid"), roles: z.array(z.enum(ROLES, "invalid")) });

export const ZPasswordReset = z.object({ password: zPassword });

export const ZPasswordChange = z
  .object({ currentPassword: z.string().min(1, "required"), newPassword: zPassword, confirmPassword: z.string() })
  .refine((v) => v.newPassword === v.confirmPassword, { message: "passwordMismatch", path: ["confirmPassword"] });
