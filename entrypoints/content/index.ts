import { defineContentScript } from 'wxt/utils/define-content-script';
import { GLOSSARY } from '@/utils/glossary';
import { compile } from '@/utils/matcher';
import { startHighlighter, type Highlighter } from '@/utils/highlight/highlighter';
import { callBackground, listen, type ContentCalls } from '@/utils/messages';
import { readSelection } from '@/utils/page/selection';
import { createCursor, summarize } from '@/utils/highlight/summary';
import { flash } from '@/utils/highlight/flash';
import { startHoverCard } from '@/utils/highlight/hover-card';
import { removePageUi } from '@/utils/page/ui-host';
import { createToaster } from '@/utils/page/toast';
import { highlightsOn, loadSettings, settingsItem, type Settings } from '@/utils/settings';
import { translator } from '@/utils/i18n';
import { ok } from '@/utils/result';
import './highlights.css';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  async main(ctx) {
    let settings = await loadSettings();
    const entries = new Map(GLOSSARY.map((e) => [e.id, e]));
    const categoryOf = (id: string) => {
      const e = entries.get(id);
      if (!e || (e.tier === 2 && !settings.tier2) || settings.disabledCategories.includes(e.category)) return undefined;
      return e.category;
    };
    let matcher: ReturnType<typeof compile> | undefined;
    let highlighter: Highlighter | undefined;
    const repaint = () => {
      highlighter?.stop();
      highlighter = undefined;
      if (!highlightsOn(settings, location.hostname)) return;
      highlighter = startHighlighter({ matcher: () => (matcher ??= compile(GLOSSARY)), categoryOf });
    };

    const toaster = createToaster();
    const nextOf = createCursor();
    const t = () => translator(settings.language);

    const unlisten = listen<ContentCalls>({
      getSelection: async () => ok(readSelection()),
      getPageSummary: async () => ok({ host: location.hostname, terms: summarize(highlighter?.occurrences ?? []) }),
      scrollToTerm: async ({ id }) => {
        const o = nextOf(highlighter?.occurrences ?? [], id);
        if (o) flash(o.range);
        return ok(!!o);
      },
      showToast: async ({ text, undoId }) => {
        toaster.show(text, t(), undoId ? () => void undo(undoId) : undefined);
        return ok(null);
      },
    });

    // Answer messages before the first paint, so a save works while a long page is still being scanned.
    repaint();

    async function undo(id: string) {
      const r = await callBackground('undoSave', { id });
      toaster.show(r.ok ? t()('undone') : t()(`error.${r.error}`), t());
    }

    const stopCard = startHoverCard({
      occurrences: () => highlighter?.occurrences ?? [],
      entryOf: (id) => entries.get(id),
      t,
      save: async (clip) => {
        const r = await callBackground('saveClipping', clip);
        return r.ok ? t()(r.value.duplicate ? 'savedDuplicate' : 'saved') : t()(`error.${r.error}`);
      },
    });

    const unwatch = settingsItem.watch((next: Settings) => {
      settings = { ...settings, ...next };
      repaint();
    });

    ctx.onInvalidated(() => {
      unwatch();
      unlisten();
      highlighter?.stop();
      stopCard();
      toaster.remove();
      removePageUi();
    });
  },
});
