/** Where one e2e run keeps its session state and URLs; parallel runs set E2E_REPORT_DIR apart. */
export function e2eReportDir(): string {
  return process.env.E2E_REPORT_DIR ?? 'reports';
}
