/** "Explore a sample library": opens the separate demo library from an empty Dashboard or Patterns page. */
import { Button, type ButtonVariant } from '../Button';
import { Icon } from '../Icon';
import { useLibrarySwitch } from './useLibrarySwitch';

export function ExploreSampleButton({ variant = 'secondary' }: { variant?: ButtonVariant }) {
  const { exploreSample, busy } = useLibrarySwitch();
  return (
    <Button variant={variant} icon={<Icon name="sparkle" />} onClick={exploreSample} busy={busy}>
      Explore a sample library
    </Button>
  );
}
