// What the console says beside an attachment whose content search cannot find (issue 15): the message key
// under items.console.*, or null when there is nothing to say (text read, or an image, which never has text).
import type { TextStatus } from "./extract-pool";

export type TextStatusNote = "attachmentTextUnreadable" | "attachmentTextTimeout" | "attachmentTextNone";

export function textStatusNote(attachment: { textStatus: TextStatus; contentType: string }): TextStatusNote | null {
  switch (attachment.textStatus) {
    case "UNREADABLE":
      return "attachmentTextUnreadable";
    case "TIMEOUT":
      return "attachmentTextTimeout";
    case "NONE":
      return attachment.contentType.startsWith("image/") ? null : "attachmentTextNone";
    default:
      return null;
  }
}
