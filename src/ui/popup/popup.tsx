import { useEffect, useState } from 'preact/hooks';
import { send } from '../../messaging/client.ts';
import { t } from '../shared/i18n.ts';

export function Popup() {
  const [version, setVersion] = useState<string | null>(null);
  useEffect(() => {
    send('ping', {}).then((r) => setVersion(r.version), () => setVersion(null));
  }, []);
  return (
    <main>
      <h1>{t('extName')}</h1>
      <p class="muted">{t('popupNoCompose')}</p>
      {version && <p class="muted" data-testid="version">{t('popupVersion', version)}</p>}
    </main>
  );
}
