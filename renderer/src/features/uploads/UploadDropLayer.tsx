/**
 * Window-wide drop target for files and folders (issue 4 fills this in). Mounted once by the app
 * shell; `onActivity` lets it bring the uploads section forward when something is dropped.
 */
export function UploadDropLayer({ accountId, onActivity }: { accountId: string | null; onActivity: () => void }) {
  void accountId;
  void onActivity;
  return null;
}
