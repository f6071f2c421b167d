/**
 * Which of a Pagefind index's chunks a query needs, known before Pagefind has started: the
 * search page asks for them at once, while Pagefind compiles its WebAssembly and reads its
 * metadata, instead of one round trip after (src/client/search.ts).
 */

/** An index chunk: the words from `from` to `to`, folded as Pagefind stores them, in `index/<hash>.pf_index`. */
export interface IndexChunk {
  from: string;
  to: string;
  hash: string;
}

/** Pagefind's metadata starts with this, after the gzip it is written in is inflated. */
const SIGNATURE = 'pagefind_dcd';

/**
 * The index chunks listed in Pagefind's metadata (`pagefind.<hash>.pf_meta`, inflated):
 * CBOR, an array of the version, the pages, then the chunks as `[from, to, hash]`
 * (Pagefind 1.6's `pagefind_web`). Fails on anything else, rather than guess.
 */
export function indexChunksOf(meta: Uint8Array): IndexChunk[] {
  const signature = new TextDecoder().decode(meta.subarray(0, SIGNATURE.length));
  if (signature !== SIGNATURE) throw new Error('not Pagefind metadata: it does not start with its signature');
  const decoded = new CborReader(meta.subarray(SIGNATURE.length)).read();
  const chunks = Array.isArray(decoded) ? decoded[2] : undefined;
  const valid =
    Array.isArray(chunks) &&
    chunks.every((chunk) => Array.isArray(chunk) && chunk.length === 3 && chunk.every((it) => typeof it === 'string'));
  if (!valid) throw new Error(`Pagefind's metadata has no list of index chunks where version 1.6 puts it`);
  return (chunks as string[][]).map(([from, to, hash]) => ({ from: from!, to: to!, hash: hash! }));
}

type Cbor = number | string | Uint8Array | Cbor[] | Map<Cbor, Cbor> | boolean | null | undefined;

/** Just enough of CBOR (RFC 8949) for Pagefind's metadata: definite lengths, no tags, no floats. */
class CborReader {
  readonly #bytes: Uint8Array;
  #at = 0;

  constructor(bytes: Uint8Array) {
    this.#bytes = bytes;
  }

  read(): Cbor {
    const initial = this.#byte();
    const major = initial >> 5;
    const length = this.#argument(initial & 31);
    switch (major) {
      case 0:
        return length;
      case 1:
        return -1 - length;
      case 2:
        return this.#take(length);
      case 3:
        return new TextDecoder().decode(this.#take(length));
      case 4:
        return Array.from({ length }, () => this.read());
      case 5: {
        const map = new Map<Cbor, Cbor>();
        for (let entry = 0; entry < length; entry++) map.set(this.read(), this.read());
        return map;
      }
      case 7:
        if (length === 20 || length === 21) return length === 21;
        if (length === 22 || length === 23) return length === 22 ? null : undefined;
    }
    throw new Error(`CBOR item of major type ${major} (${initial}) at byte ${this.#at - 1} is not read here`);
  }

  #byte(): number {
    if (this.#at >= this.#bytes.length) throw new Error('CBOR ends in the middle of an item');
    return this.#bytes[this.#at++]!;
  }

  #argument(info: number): number {
    if (info < 24) return info;
    const size = { 24: 1, 25: 2, 26: 4, 27: 8 }[info];
    if (size === undefined) throw new Error(`CBOR length ${info} (indefinite or reserved) is not read here`);
    let value = 0;
    for (let byte = 0; byte < size; byte++) value = value * 256 + this.#byte();
    return value;
  }

  #take(length: number): Uint8Array {
    if (this.#at + length > this.#bytes.length) throw new Error('CBOR ends in the middle of an item');
    this.#at += length;
    return this.#bytes.subarray(this.#at - length, this.#at);
  }
}

/**
 * The query's words as Pagefind looks them up: lower case, punctuation left out (but for
 * connectors such as `_`, which it keeps), marks removed (`đ` stays: it is a letter of its
 * own), split on spaces.
 */
export function pagefindTerms(query: string): string[] {
  return query
    .toLowerCase()
    .replace(/[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]/gu, '')
    .split(/\s+/)
    .map((term) => term.normalize('NFD').replace(/\p{M}/gu, ''))
    .filter(Boolean);
}

/**
 * The hashes of the chunks Pagefind loads for `query` (its `request_indexes`): for each
 * word, the chunks whose range holds it; for a word no range holds, those whose bounds,
 * cut to the word's length, hold it (a word that may extend into one).
 */
export function chunksForQuery(query: string, chunks: readonly IndexChunk[]): string[] {
  const hashes = new Set<string>();
  const cut = (text: string, length: number) => [...text].slice(0, length).join('');
  for (const term of pagefindTerms(query)) {
    const length = [...term].length;
    const strict = chunks.filter((chunk) => term >= chunk.from && term <= chunk.to);
    const loose = chunks.filter(
      (chunk) =>
        cut(term, Math.min(length, [...chunk.from].length)) >= cut(chunk.from, length) &&
        cut(term, Math.min(length, [...chunk.to].length)) <= cut(chunk.to, length),
    );
    for (const chunk of strict.length > 0 ? strict : loose) hashes.add(chunk.hash);
  }
  return [...hashes].sort();
}
