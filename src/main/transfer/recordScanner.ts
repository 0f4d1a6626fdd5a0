import { ImportProblem } from './importProblem';

/**
 * Finds the values of an export file's root object in its bytes, a chunk at a time, without a
 * token per character: the skeleton (the root object, its keys, the lists of records) is checked
 * here byte by byte, and each key, header value and record — found by counting brackets outside
 * strings, a string skipped to its closing quote at once — is handed to JSON.parse as its own
 * text, which checks it. Only the value being read is held, never the whole file.
 */
export interface ScanVisitor {
  /** A key of the root object, before its value: whether its value must be a list of records. */
  key(key: string): boolean;
  /** The value of a key whose value is not a list of records. */
  value(key: string, value: unknown): void;
  /** One element of a list of records, with its place in the list (from 0). */
  element(key: string, index: number, value: unknown): void;
  /** Where the last record read was ('after feedback record 3'), for messages; '' before the first. */
  where(): string;
}

const enum At {
  RootStart,
  KeyOrEnd,
  Key,
  Colon,
  Value,
  ListOpen,
  ElementOrEnd,
  Element,
  ElementNext,
  Next,
  End,
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;
const isSpace = (byte: number) => byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
/** Bytes that start a JSON value other than an object. */
const startsOtherValue = (byte: number) =>
  byte === OPEN_BRACKET || byte === QUOTE || byte === 0x2d || (byte >= 0x30 && byte <= 0x39) || byte === 0x74 || byte === 0x66 || byte === 0x6e;

export class RecordScanner {
  private at = At.RootStart;
  /** Bytes of the unfinished value carried over from the last chunk, and how far they were scanned. */
  private carry: Buffer | null = null;
  private scanned = 0;
  /** Bytes of the file before the current chunk. */
  private consumed = 0;
  /** The value being read: its bracket depth, whether the scan is inside a string, whether it is a bare number/literal. */
  private inValue = false;
  private depth = 0;
  private inString = false;
  private primitive = false;
  private rootKey = '';
  private index = 0;

  constructor(private readonly visitor: ScanVisitor) {}

  /** Whether the root object has been closed. */
  get ended(): boolean {
    return this.at === At.End;
  }

  write(chunk: Buffer): void {
    const carried = this.carry?.length ?? 0;
    const buffer = this.carry ? Buffer.concat([this.carry, chunk]) : chunk;
    const base = this.consumed - carried;
    this.consumed += chunk.length;
    this.carry = null;
    let pos = this.inValue ? this.scanned : 0;
    let start = 0;
    while (pos < buffer.length) {
      if (this.inValue) {
        const end = this.scanValue(buffer, pos);
        if (end < 0) {
          this.carry = Buffer.from(buffer.subarray(start));
          this.scanned = buffer.length - start;
          return;
        }
        this.inValue = false;
        this.finishValue(buffer.toString('utf8', start, end), base + start);
        pos = end;
        continue;
      }
      const byte = buffer[pos] as number;
      if (!isSpace(byte)) {
        if (this.startsValue(byte, base + pos)) start = pos;
        else this.structural(byte, base + pos);
      }
      pos += 1;
    }
    if (this.inValue) {
      // A value that began in this chunk's last byte goes on in the next.
      this.carry = Buffer.from(buffer.subarray(start));
      this.scanned = buffer.length - start;
    }
  }

  private invalid(byte: number, position: number): ImportProblem {
    const where = this.visitor.where();
    return new ImportProblem(
      `The file is not valid JSON${where ? ` (${where})` : ''}: unexpected ${JSON.stringify(String.fromCharCode(byte))} at byte ${position}.`,
    );
  }

  /** Starts reading a key or value at `byte` when one is expected here; false for the skeleton's own bytes. */
  private startsValue(byte: number, position: number): boolean {
    const at = this.at;
    if (at === At.KeyOrEnd && byte === CLOSE_BRACE) return false;
    if (at === At.ElementOrEnd && byte === CLOSE_BRACKET) return false;
    if (at === At.Key || at === At.KeyOrEnd) {
      if (byte !== QUOTE) throw this.invalid(byte, position);
    } else if (at !== At.Value && at !== At.Element && at !== At.ElementOrEnd) {
      return false;
    }
    if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET || byte === COMMA || byte === COLON) throw this.invalid(byte, position);
    this.inValue = true;
    this.inString = byte === QUOTE;
    this.primitive = byte !== QUOTE && byte !== OPEN_BRACE && byte !== OPEN_BRACKET;
    this.depth = this.inString || this.primitive ? 0 : 1;
    return true;
  }

  /** Scans on from `pos`, the value's first byte already read; returns the index just past it, or -1 when the buffer ends first. */
  private scanValue(buffer: Buffer, pos: number): number {
    let i = pos;
    if (this.primitive) {
      // A number or literal ends at the first byte that cannot be part of one (start byte included in the slice).
      while (i < buffer.length) {
        const byte = buffer[i] as number;
        if (isSpace(byte) || byte === COMMA || byte === CLOSE_BRACKET || byte === CLOSE_BRACE) return i;
        i += 1;
      }
      return -1;
    }
    while (i < buffer.length) {
      if (this.inString) {
        const quote = buffer.indexOf(QUOTE, i);
        if (quote < 0) return -1;
        let backslashes = 0;
        for (let j = quote - 1; j >= 0 && buffer[j] === BACKSLASH; j--) backslashes += 1;
        i = quote + 1;
        if (backslashes % 2 === 1) continue;
        this.inString = false;
        if (this.depth === 0) return i;
        continue;
      }
      const byte = buffer[i] as number;
      if (byte === QUOTE) this.inString = true;
      else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) this.depth += 1;
      else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) {
        this.depth -= 1;
        if (this.depth === 0) return i + 1;
      }
      i += 1;
    }
    return -1;
  }

  private finishValue(text: string, position: number): void {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      const where = this.visitor.where();
      throw new ImportProblem(
        `The file is not valid JSON${where ? ` (${where})` : ''}: ${(error as Error).message} (in the value at byte ${position}).`,
      );
    }
    if (this.at === At.Key || this.at === At.KeyOrEnd) {
      this.rootKey = value as string;
      this.at = At.Colon;
    } else if (this.at === At.Value) {
      this.visitor.value(this.rootKey, value);
      this.at = At.Next;
    } else {
      this.visitor.element(this.rootKey, this.index, value);
      this.index += 1;
      this.at = At.ElementNext;
    }
  }

  private structural(byte: number, position: number): void {
    switch (this.at) {
      case At.RootStart:
        if (byte === OPEN_BRACE) {
          this.at = At.KeyOrEnd;
          return;
        }
        if (startsOtherValue(byte)) throw new ImportProblem('This is not a Counterpoint export: the file does not hold a JSON object.');
        throw this.invalid(byte, position);
      case At.KeyOrEnd:
        this.at = At.End; // only '}' reaches here
        return;
      case At.Colon:
        if (byte !== COLON) throw this.invalid(byte, position);
        this.at = this.visitor.key(this.rootKey) ? At.ListOpen : At.Value;
        return;
      case At.ListOpen:
        if (byte !== OPEN_BRACKET) throw new ImportProblem(`"${this.rootKey}" must be a list of records.`, { field: this.rootKey });
        this.index = 0;
        this.at = At.ElementOrEnd;
        return;
      case At.ElementOrEnd:
        this.at = At.Next; // only ']' reaches here
        return;
      case At.ElementNext:
        if (byte === COMMA) this.at = At.Element;
        else if (byte === CLOSE_BRACKET) this.at = At.Next;
        else throw this.invalid(byte, position);
        return;
      case At.Next:
        if (byte === COMMA) this.at = At.Key;
        else if (byte === CLOSE_BRACE) this.at = At.End;
        else throw this.invalid(byte, position);
        return;
      default:
        throw this.invalid(byte, position);
    }
  }
}
