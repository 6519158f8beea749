/** Shape of one row of the errcode tables. Kept apart so the two table files and the lookup share it. */
import type { ErrorClass } from '@shared/errors';

export interface ErrcodeInfo {
  errClass: ErrorClass;
  /** Whether trying the same call again later can succeed without the user changing anything. */
  retryable: boolean;
  /** What happened and what to do, in Chinese (the errcode and rid are added by `describeErrcode`). */
  zh: string;
  en: string;
}

export type ErrcodeTable = Readonly<Record<number, ErrcodeInfo>>;
