/**
 * What a merge of a site's parts must do to the site the last merge left, from what each
 * part holds now and held then. A part whose build state is the one the last merge saw
 * has not changed since (its build kept it as it was), so neither has any file it wins;
 * only a rebuilt part's files are looked at, and only those whose inode differs from the
 * site's are linked again. At 100 000 articles a merge from nothing links ~220 000 files
 * and removes as many, a minute of file-system calls; a publish touches a few hundred.
 */

/** A part as one merge saw it. */
export interface PartListing {
  /** The part's name (its run of years). */
  name: string;
  /** Its build's state (the site-state file of its cache); undefined when unknown, as on a runner that did not build it. */
  state: string | undefined;
  /** Every file of the part's site, as POSIX paths relative to it. */
  files: readonly string[];
}

/** What the last merge left: the site it made and the parts it made it from. */
export interface MergeRecord {
  /** The merged site's folder, resolved. */
  out: string;
  parts: PartListing[];
}

/** The steps, each file named by its path in the site and the index of the part whose copy the site takes. */
export interface MergeSteps {
  /** Files of rebuilt parts: linked again unless the site's file is already the part's (same inode). */
  compare: [path: string, part: number][];
  /** Files the site takes from another part than before: always linked again. */
  link: [path: string, part: number][];
  /** Files no part has any more. */
  remove: string[];
}

/**
 * Which part's copy of each file the site takes: the first part's that has it (the parts
 * come newest first, and the newest part knows the whole archive as it is now).
 */
export function winners(parts: readonly Pick<PartListing, 'files'>[]): Map<string, number> {
  const winner = new Map<string, number>();
  parts.forEach((part, index) => {
    for (const path of part.files) if (!winner.has(path)) winner.set(path, index);
  });
  return winner;
}

/** The steps from the site `last` describes to the merge of `parts`. */
export function planMerge(last: MergeRecord['parts'], parts: readonly PartListing[]): MergeSteps {
  const lastState = new Map(last.map((part) => [part.name, part.state]));
  const lastWinner = new Map([...winners(last)].map(([path, index]) => [path, last[index]!.name]));
  const unchanged = parts.map((part) => part.state !== undefined && lastState.get(part.name) === part.state);
  const steps: MergeSteps = { compare: [], link: [], remove: [] };
  const winner = winners(parts);
  for (const [path, index] of winner) {
    if (!unchanged[index]) steps.compare.push([path, index]);
    else if (lastWinner.get(path) !== parts[index]!.name) steps.link.push([path, index]);
  }
  for (const path of lastWinner.keys()) if (!winner.has(path)) steps.remove.push(path);
  return steps;
}
