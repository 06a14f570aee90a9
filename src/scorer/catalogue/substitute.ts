/**
 * Fill a catalogue message's `$1`..`$9` with its substitutions, as browser.i18n.getMessage does
 * (for the English catalogue read directly: the CLI, the background, a page whose catalogue is empty).
 */
export function substitute(message: string, substitutions: string | readonly string[] = []): string {
  const list = typeof substitutions === 'string' ? [substitutions] : substitutions;
  return message.replace(/\$(\d)/g, (_, n: string) => list[Number(n) - 1] ?? '');
}
