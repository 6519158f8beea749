/** Library constants shared by the views; deletes and downloads go through use-bulk.ts (one item = a bulk of one). */
export const PAGE_SIZE = 20;
