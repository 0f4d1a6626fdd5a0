/** Where the library lives on this computer (app.info), so a person can find and back up their data. */
import { useCall } from '../../api/hooks';
import { Card } from '../../components/Card';
import { ErrorNotice, Loading } from '../../components/StatusViews';
import '../../components/surfaces/facts.css';
import './LibraryCard.css';

export function LibraryCard() {
  const info = useCall('app.info', {});
  return (
    <Card title="Your data">
      {info.isPending ? (
        <Loading />
      ) : info.isError ? (
        <ErrorNotice error={info.error} onRetry={() => void info.refetch()} />
      ) : (
        <>
          <p className="muted">
            {info.data.library === 'sample'
              ? 'You are looking at the sample library. Your own library is kept apart and untouched.'
              : 'Everything stays on this computer, in one folder. Nothing is sent anywhere. Back up this folder to keep your log safe.'}
          </p>
          <dl className="facts library-facts">
            <div>
              <dt>Library</dt>
              <dd>{info.data.library === 'sample' ? 'Sample library' : 'Your own'}</dd>
            </div>
            <div>
              <dt>Folder</dt>
              <dd className="library-facts__path">{info.data.dataDir}</dd>
            </div>
            <div>
              <dt>Database</dt>
              <dd className="library-facts__path">{info.data.databasePath}</dd>
            </div>
            <div>
              <dt>Version</dt>
              <dd>
                {info.data.version} · schema {info.data.schemaVersion}
                {info.data.mode === 'browser' ? ' · browser mode' : ''}
              </dd>
            </div>
          </dl>
        </>
      )}
    </Card>
  );
}
