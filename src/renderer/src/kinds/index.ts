import type { EntryKind } from '../../../shared/kinds';
import { feedbackUi } from './feedback';
import { helpUi } from './help';
import { lessonUi } from './lesson';
import type { RendererKind } from './rendererKind';
import { requestUi } from './request';

export type { RendererKind } from './rendererKind';

/**
 * What the renderer knows about each kind of entry beyond its descriptor (src/shared/kinds): its
 * icon, list, form and own page sections. A kind missing here is a compile error; the routes, the
 * sidebar and the entry pages (components/entry) are derived from this and the descriptors.
 */
export const RENDERER_KINDS: { [K in EntryKind]: RendererKind<K> } = {
  feedback: feedbackUi,
  lesson: lessonUi,
  help: helpUi,
  request: requestUi,
};
