// The refusal a use case answers with, for tests that then check its code and field messages.
import { expect } from "vitest";
import { AppError } from "@/lib/errors/app-error";

/** The AppError that `promise` rejects with (fails the test if it resolves or throws something else). */
export async function appError(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => {
      throw new Error("expected an AppError, but it succeeded");
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}
