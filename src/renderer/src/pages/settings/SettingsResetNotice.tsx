/**
 * Settings the file got wrong (settings.resets): a notice on the Settings page that names each one,
 * what it said and the default it is back to, with "Keep the defaults" (a save, which writes them
 * into the file and ends the notice); and, once per start, a toast that points there.
 */
import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router-dom';
import type { SettingReset } from '../../../../shared/settingsReset';
import { useCall, useCommand } from '../../api/hooks';
import { Button } from '../../components/Button';
import { Icon } from '../../components/Icon';
import { ErrorNotice } from '../../components/StatusViews';
import { useToast } from '../../components/Toast';
import { isWholeFile, settingResetText, settingResetTitle, WHOLE_FILE_NOTE, WHOLE_FILE_TITLE } from './settingResetText';
import '../../components/surfaces/notice.css';
import './SettingsResetNotice.css';

export function SettingsResetNotice() {
  const resets = useCall('settings.resets', {});
  const keep = useCommand('settings.update', { invalidates: ['settings', 'patterns'] });
  const [failure, setFailure] = useState<unknown>(null);
  const toast = useToast();
  const list = resets.data ?? [];
  if (list.length === 0) return null;
  const wholeFile = list.some(isWholeFile);

  const keepDefaults = async () => {
    setFailure(null);
    try {
      await keep.mutateAsync({});
      toast.show({ tone: 'success', message: 'The defaults are saved; your other settings are as they were.' });
    } catch (error) {
      setFailure(error);
    }
  };

  return (
    <section className="notice settings-reset" role="region" aria-labelledby="settings-reset-title">
      <Icon name="alert" />
      <div className="notice__text settings-reset__text">
        <strong id="settings-reset-title">{wholeFile ? WHOLE_FILE_TITLE : settingResetTitle(list.length)}</strong>
        {list.length === 1 ? (
          <p className="settings-reset__one">{settingResetText(list[0] as SettingReset)}</p>
        ) : (
          <ul className="settings-reset__list">
            {list.map((reset) => (
              <li key={reset.path}>{settingResetText(reset)}</li>
            ))}
          </ul>
        )}
        {wholeFile ? (
          <span>{WHOLE_FILE_NOTE}</span>
        ) : (
          <span>
            Your other settings are kept. The settings file still holds the old {list.length === 1 ? 'value' : 'values'} until you
            save; change {list.length === 1 ? 'it' : 'them'} below, or keep the {list.length === 1 ? 'default' : 'defaults'}.
          </span>
        )}
        {failure !== null && <ErrorNotice error={failure} title="Not saved" />}
      </div>
      <Button size="sm" onClick={() => void keepDefaults()} busy={keep.isPending}>
        {list.length === 1 && !wholeFile ? 'Keep the default' : 'Keep the defaults'}
      </Button>
    </section>
  );
}

/** Once per start, if any setting was reset: a toast that says so and opens Settings (not shown on Settings itself). */
export function SettingsResetToast() {
  const resets = useCall('settings.resets', {});
  const toast = useToast();
  const { pathname } = useLocation();
  const shown = useRef(false);
  const count = resets.data?.length ?? 0;
  const wholeFile = resets.data?.some(isWholeFile) ?? false;
  useEffect(() => {
    if (shown.current || resets.data === undefined) return;
    shown.current = true;
    if (count === 0 || pathname === '/settings') return;
    toast.show({
      tone: 'info',
      message: wholeFile
        ? `${WHOLE_FILE_TITLE}; every setting is at its default.`
        : count === 1
          ? 'A setting in your settings file was not valid and is back to its default.'
          : `${count} settings in your settings file were not valid and are back to their defaults.`,
      link: { label: 'See which', to: '/settings' },
      duration: 12000,
      key: 'settings-reset',
    });
  }, [resets.data, count, wholeFile, pathname, toast]);
  return null;
}
