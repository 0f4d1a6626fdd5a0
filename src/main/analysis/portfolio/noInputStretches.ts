import type { NoInputStretch, NoInputStretchesFinding } from '../../../shared/entities/patterns';
import type { AnalysisSettings } from '../../../shared/settings';
import { evidenceOf } from '../evidence';
import type { ActiveProjectInput } from '../input';
import { isoDay, dayNumber, type ResolvedWindow } from '../window';
import { capitalise, joinWords, plural } from '../wording';

interface ProjectStretches {
  project: ActiveProjectInput;
  stretches: NoInputStretch[];
  /** How sure the longest stretch is a real lull, not chance (see noInputStretches). */
  confidence: number;
}

/**
 * The distinct input days from start to end as day numbers, ascending. The caller lists them in
 * order already (one a day): then one pass does it, else they are made distinct and sorted.
 */
function inputDayNumbers(inputDays: readonly string[], start: number, end: number): number[] {
  const days: number[] = [];
  let previous = Number.NEGATIVE_INFINITY;
  for (const inputDay of inputDays) {
    const day = dayNumber(inputDay);
    if (!(day > previous)) {
      return [...new Set(inputDays)]
        .map(dayNumber)
        .filter((number) => number >= start && number <= end)
        .sort((left, right) => left - right);
    }
    previous = day;
    if (day >= start && day <= end) days.push(day);
  }
  return days;
}

/** Stretches of at least `minDays` days with no input, over the days the project was active in the window. */
function stretchesOf(project: ActiveProjectInput, window: ResolvedWindow, minDays: number): ProjectStretches | null {
  const start = Math.max(window.fromDay, project.startDate === null ? window.fromDay : dayNumber(project.startDate));
  const end = Math.min(window.toDay, project.endDate === null ? window.toDay : dayNumber(project.endDate));
  if (start > end) return null;
  const days = inputDayNumbers(project.inputDays, start, end);
  const stretches: NoInputStretch[] = [];
  let previous = start - 1;
  for (const day of [...days, end + 1]) {
    const length = day - previous - 1;
    if (length >= minDays) {
      stretches.push({
        projectId: project.id,
        projectTitle: project.title,
        from: isoDay(previous + 1),
        to: isoDay(day - 1),
        days: length,
      });
    }
    previous = day;
  }
  if (stretches.length === 0) return null;
  // Input arriving at random at the project's own rate λ (one pseudo-input added, so a project with
  // none still has a rate) leaves a gap of L days with probability e^(−λL).
  const rate = (days.length + 1) / (end - start + 1);
  const longest = Math.max(...stretches.map((stretch) => stretch.days));
  return { project, stretches, confidence: 1 - Math.exp(-rate * longest) };
}

/**
 * Stretches of active work with no input at all (DOMAIN.md): on each active project, runs of at
 * least `noInputGapDays` days with no feedback received, no lesson as learner and no help received.
 * Any such stretch points to going it alone; none on any active project to interdependence; no
 * active project, not enough data.
 *
 * Confidence: for stretches, the largest over projects of 1 − e^(−λL) (how unlikely the longest
 * stretch L would be if input came at random at the project's own rate λ); with no stretch, 1 —
 * a fact of the log.
 */
export function noInputStretches(
  projects: readonly ActiveProjectInput[],
  window: ResolvedWindow,
  settings: AnalysisSettings,
): NoInputStretchesFinding {
  const projectRefs = (list: readonly ActiveProjectInput[]) =>
    evidenceOf(
      list.map((project) => ({ type: 'project' as const, id: project.id, date: null })),
      list.length,
    );
  const base = { kind: 'no-input-stretches' as const, activeProjects: projects.length };
  if (projects.length === 0) {
    return {
      ...base,
      stance: 'not-enough-data',
      confidence: 0,
      stretches: [],
      sentence: `No project is marked active, so there is no active work in ${window.label} to look for stretches without input.`,
      evidence: projectRefs([]),
    };
  }
  if (window.days < settings.noInputGapDays) {
    return {
      ...base,
      stance: 'not-enough-data',
      confidence: 0,
      stretches: [],
      sentence:
        `${capitalise(window.label)} is shorter than a stretch without input (${settings.noInputGapDays} days), ` +
        `so none can show yet (${plural(projects.length, 'active project')}).`,
      evidence: projectRefs(projects),
    };
  }
  const found = projects.flatMap((project) => stretchesOf(project, window, settings.noInputGapDays) ?? []);
  if (found.length === 0) {
    return {
      ...base,
      stance: 'interdependent',
      confidence: 1,
      stretches: [],
      sentence:
        `In ${window.label} every active project had input at least once every ${settings.noInputGapDays} days ` +
        `(${plural(projects.length, 'active project')}).`,
      evidence: projectRefs(projects),
    };
  }
  const stretches = found
    .flatMap((entry) => entry.stretches)
    .sort((left, right) => right.days - left.days || left.from.localeCompare(right.from));
  const longestPerProject = found
    .map((entry) => entry.stretches.reduce((longest, stretch) => (stretch.days > longest.days ? stretch : longest)))
    .sort((left, right) => right.days - left.days);
  const named = longestPerProject
    .slice(0, 3)
    .map((stretch) => `“${stretch.projectTitle}” (${stretch.days} days, ${stretch.from} to ${stretch.to})`);
  const more = longestPerProject.length > 3 ? ` and ${plural(longestPerProject.length - 3, 'more project')}` : '';
  return {
    ...base,
    stance: 'going-it-alone',
    confidence: Math.max(...found.map((entry) => entry.confidence)),
    stretches,
    sentence:
      `In ${window.label} ${plural(found.length, 'active project')} went ${settings.noInputGapDays} days or more ` +
      `with no input: ${joinWords(named)}${more}.`,
    evidence: projectRefs(found.map((entry) => entry.project)),
  };
}
