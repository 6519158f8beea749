// Types of scripts/readme-screenshots.mjs (a plain Node script).
export const README_SHOTS_DIR: string;
export const README_SHOTS: string[];
