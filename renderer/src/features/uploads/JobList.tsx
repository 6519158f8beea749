import type { UploadJobView } from '@shared/features/uploads.channels';
import { JobRow } from './JobRow';

type RowProps = Parameters<typeof JobRow>[0];

/** The rows of upload jobs, in the order given: the uploads screen and the tray show the same rows. */
export function JobList({
  jobs,
  className,
  id,
  ...row
}: { jobs: UploadJobView[]; className?: string; id?: string } & Omit<RowProps, 'job'>) {
  return (
    <ul className={className ? `upload-jobs ${className}` : 'upload-jobs'} id={id}>
      {jobs.map((job) => (
        <JobRow key={job.id} job={job} {...row} />
      ))}
    </ul>
  );
}
