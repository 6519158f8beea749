/**
 * Articles & drafts section (issue 5 fills this in). `openDraftId` asks it to open a draft in the
 * editor (from the library's drafts view); it calls `onDraftOpened` once it has.
 */
export function ArticlesView(props: { accountId: string; openDraftId: string | null; onDraftOpened: () => void }) {
  void props;
  return <section className="articles" />;
}
