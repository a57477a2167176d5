/**
 * What an attribution says of who spoke, as the flat records of `quotations()` and `attributions()` give it.
 *
 * @module
 */
import { toString } from '../to-string.js';
import type { Attribution, Cue, Role, Speaker, WirecopyNode } from '../types.js';

/** The speaker, role and cue fields of a record (each present only when the attribution has it). */
export interface CreditFields {
  /** The speaker as written. */
  speaker?: string;
  /** Whether the speaker is a pronoun. */
  pronoun?: boolean;
  /** The speaker's resolved name. */
  resolved?: string;
  /** The first role, as written. */
  role?: string;
  /** The cue, as written. */
  cue?: string;
  /** The cue's lemma. */
  lemma?: string;
}

function find<T extends WirecopyNode>(attribution: Attribution, type: T['type']): T | undefined {
  return attribution.children.find((child) => child.type === type) as T | undefined;
}

/** The fields of `attribution`, in the order the records list them (speaker, pronoun, resolved, role, cue, lemma). */
export function creditFields(attribution: Attribution): CreditFields {
  const fields: CreditFields = {};
  const speaker = find<Speaker>(attribution, 'speaker');
  const role = find<Role>(attribution, 'role');
  const cue = find<Cue>(attribution, 'cue');
  if (speaker) {
    fields.speaker = speaker.name;
    fields.pronoun = speaker.pronoun;
    if (speaker.resolved !== undefined) fields.resolved = speaker.resolved;
  }
  if (role) fields.role = toString(role);
  if (cue) {
    fields.cue = toString(cue);
    fields.lemma = cue.lemma;
  }
  return fields;
}
