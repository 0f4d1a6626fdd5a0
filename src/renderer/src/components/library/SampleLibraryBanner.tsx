/**
 * While the sample library is open, a bar across the top of every page says so and offers the one
 * click back. It reads app.info, so it appears and goes with the switch itself.
 */
import { useCall } from '../../api/hooks';
import { Button } from '../Button';
import { Icon } from '../Icon';
import { useLibrarySwitch } from './useLibrarySwitch';
import './SampleLibraryBanner.css';

export function SampleLibraryBanner() {
  const info = useCall('app.info', {});
  const { backToOwn, busy } = useLibrarySwitch();
  if (info.data?.library !== 'sample') return null;
  return (
    <div className="sample-banner" role="region" aria-label="Sample library">
      <Icon name="sparkle" />
      <p className="sample-banner__text">
        <strong>You are exploring a sample library.</strong>{' '}
        <span>Made-up people and a year of their log — kept apart from your own library, which is untouched.</span>
      </p>
      <Button size="sm" variant="primary" onClick={backToOwn} busy={busy}>
        Back to my library
      </Button>
    </div>
  );
}
