import { describe, expect, it } from 'vitest';
import { contract, isMethodName } from '../contract';
import { EvidenceType } from '../entities/patterns';
import { ExchangeSource } from '../entities/exchange';
import { TimelineCounts, TimelineType } from '../entities/timeline';
import { ENTRY_KINDS, KINDS, LEDGER_KINDS, RECORD_KINDS, RECORDS, editEntryHref, entryHref, newEntryHref } from './index';

describe('the kind registry', () => {
  it('describes every kind under its own key', () => {
    expect(Object.keys(KINDS)).toEqual([...ENTRY_KINDS]);
    for (const kind of ENTRY_KINDS) expect(KINDS[kind].kind).toBe(kind);
  });

  it('gives every kind the contract methods of an entry, and its list method', () => {
    for (const kind of ENTRY_KINDS) {
      const { area, listMethod, schemas } = KINDS[kind];
      for (const verb of ['get', 'create', 'update', 'delete', 'restore', 'deleteForever']) {
        expect(isMethodName(`${area}.${verb}`), `${area}.${verb}`).toBe(true);
      }
      expect(isMethodName(listMethod), listMethod).toBe(true);
      expect(contract[`${area}.create` as keyof typeof contract].input).toBe(schemas.fields);
      expect(contract[`${area}.update` as keyof typeof contract].input).toBe(schemas.patch);
      expect(contract[`${area}.get` as keyof typeof contract].output).toBe(schemas.entity);
    }
  });

  it('keeps names, areas and pages apart: no two kinds share one', () => {
    for (const field of ['area', 'labels.one', 'labels.nav', 'paths.entry', 'paths.list'] as const) {
      const values = ENTRY_KINDS.map((kind) =>
        field.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown>)[key], KINDS[kind]),
      );
      expect(new Set(values).size, field).toBe(ENTRY_KINDS.length);
    }
  });

  it('is where the timeline, evidence and ledger lists come from', () => {
    expect(TimelineType.options).toEqual([...ENTRY_KINDS]);
    expect(EvidenceType.options).toEqual([...ENTRY_KINDS, 'project']);
    expect(ExchangeSource.options).toEqual([...LEDGER_KINDS]);
    expect(Object.keys(TimelineCounts.shape)).toEqual([...ENTRY_KINDS, 'total']);
    expect(ENTRY_KINDS.filter((kind) => KINDS[kind].ledger !== 'none')).toEqual([...LEDGER_KINDS]);
  });

  it('describes every kind of record, the entries and the records that are not entries, with the bin\'s methods', () => {
    expect(Object.keys(RECORDS)).toEqual([...RECORD_KINDS]);
    expect(RECORD_KINDS.filter((kind) => !(ENTRY_KINDS as readonly string[]).includes(kind))).toEqual(['selfAssessment']);
    for (const kind of RECORD_KINDS) {
      expect(RECORDS[kind].kind).toBe(kind);
      for (const verb of ['get', 'delete', 'restore']) expect(isMethodName(`${RECORDS[kind].area}.${verb}`), `${kind} ${verb}`).toBe(true);
    }
    for (const field of ['area', 'table', 'labels.one'] as const) {
      const values = RECORD_KINDS.map((kind) =>
        field.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown>)[key], RECORDS[kind]),
      );
      expect(new Set(values).size, field).toBe(RECORD_KINDS.length);
    }
  });

  it('links every entry to its page', () => {
    expect(entryHref('feedback', 'a')).toBe('/feedback/a');
    expect(entryHref('lesson', 'a')).toBe('/lessons/a');
    expect(entryHref('help', 'a')).toBe('/help/a');
    expect(entryHref('request', 'a')).toBe('/requests/a');
    expect(newEntryHref('request')).toBe('/requests/new');
    expect(editEntryHref('help', 'a')).toBe('/help/a/edit');
  });
});
