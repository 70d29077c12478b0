import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { GLOSSARY } from '@/utils/glossary';
import { startHighlighter, type Highlighter } from '@/utils/highlight/highlighter';
import { callBackground, listen, type ContentCalls } from '@/utils/messages';
import { readSelection } from '@/utils/page/selection';
import { createCursor, summarize } from '@/utils/highlight/summary';
import { flash } from '@/utils/highlight/flash';
import { createTermSet } from '@/utils/highlight/term-set';
import { pageCandidates } from '@/utils/highlight/page-candidates';
import { customTermsItem } from '@/utils/custom-terms';
import { startHoverCard } from '@/utils/highlight/hover-card';
import { removePageUi } from '@/utils/page/ui-host';
import { createToaster } from '@/utils/page/toast';
import { startSaveButton } from '@/utils/page/save-button';
import type { ClipInput } from '@/utils/library/clipping';
import { highlightsOn, loadSettings, settingsItem, type Settings } from '@/utils/settings';
import { translator } from '@/utils/i18n';
import { ok } from '@/utils/result';
import highlightCss from '@/utils/highlight/highlights.css?inline';

const RUNNING = Symbol.for('tifa.page-main');

/**
 * Everything Tifa does in a page, injected by the background into a frame only once the small content
 * script has seen Chinese text there (or a save needs it), so other pages never load or run it.
 */
export default defineUnlistedScript({
  async main() {
    // Injected twice into one frame (two saves racing): the first copy stays. The flag lives in the
    // extension's isolated world, out of the page's reach.
    const self = globalThis as { [RUNNING]?: ContentScriptContext };
    if (self[RUNNING]?.isValid) return;
    const ctx = new ContentScriptContext('page-main');
    self[RUNNING] = ctx;
    const [stored, custom] = await Promise.all([loadSettings(), customTermsItem.getValue()]);
    let settings = stored;
    const terms = createTermSet(GLOSSARY, () => settings);
    terms.setCustom(custom);
    let highlighter: Highlighter | undefined;
    const repaint = () => {
      highlighter?.stop();
      highlighter = undefined;
      if (!highlightsOn(settings, location.hostname)) return;
      highlighter = startHighlighter({ matcher: terms.matcher, categoryOf: terms.categoryOf, style: settings.style, shadowCss: highlightCss });
    };

    const toaster = createToaster();
    const nextOf = createCursor();
    const t = () => translator(settings.language);

    const unlisten = listen<ContentCalls>({
      getSelection: async () => ok(readSelection()),
      getPageSummary: async () => ok({ host: location.hostname, terms: summarize(highlighter?.occurrences ?? []) }),
      getCandidates: async () => ok(pageCandidates(terms.matcher())),
      scrollToTerm: async ({ id }) => {
        const o = nextOf(highlighter?.occurrences ?? [], id);
        if (o) flash(o.range);
        return ok(!!o);
      },
      showToast: async ({ text, undoId }) => {
        toast(text, undoId);
        return ok(null);
      },
    });

    // Answer messages before the first paint, so a save works while a long page is still being scanned.
    repaint();

    async function undo(id: string) {
      const r = await callBackground('undoSave', { id });
      toaster.show(r.ok ? t()('undone') : t()(`error.${r.error}`), t());
    }

    /** Saves through the background; what to tell the user, and the id to undo for a new clipping. */
    async function saveClip(clip: ClipInput) {
      const r = await callBackground('saveClipping', clip);
      const text = r.ok ? t()(r.value.duplicate ? 'savedDuplicate' : 'saved') : t()(`error.${r.error}`);
      return { text, undoId: r.ok && !r.value.duplicate ? r.value.clipping.id : undefined };
    }
    const toast = (text: string, undoId?: string) => toaster.show(text, t(), undoId ? () => void undo(undoId) : undefined);

    const stopCard = startHoverCard({
      inBlock: (el) => highlighter?.inBlock(el) ?? [],
      shadowRoots: () => highlighter?.shadowRoots() ?? [],
      entryOf: terms.entryOf,
      t,
      save: async (clip) => (await saveClip(clip)).text,
    });
    const stopSaveButton = startSaveButton({
      label: () => t()('save'),
      enabled: () => settings.saveButton,
      save: async (clip) => {
        const { text, undoId } = await saveClip(clip);
        toast(text, undoId);
      },
    });

    const unwatch = settingsItem.watch((next: Settings) => {
      settings = { ...settings, ...next };
      repaint();
    });
    const unwatchTerms = customTermsItem.watch((list) => {
      terms.setCustom(list ?? []);
      repaint();
    });

    ctx.onInvalidated(() => {
      unwatch();
      unwatchTerms();
      unlisten();
      highlighter?.stop();
      stopCard();
      stopSaveButton();
      toaster.remove();
      removePageUi();
    });
  },
});
