/** Uploads & temporary media section (issue 4 fills this in). */
export function UploadsView({ accountId }: { accountId: string }) {
  return <section className="uploads" data-account={accountId} />;
}
