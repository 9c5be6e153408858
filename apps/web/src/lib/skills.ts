import type { ProfileSkillSource, SkillRelationType } from '@kc/contract/vocabulary';

/** A skill chosen in a SkillPicker, as the form submits it (JSON in one hidden `skills` field). */
export interface PickedSkill {
  uri: string;
  preferredLabel: string;
  level: number;
  importance: SkillRelationType;
  /** How it was added: typed and picked ('declared') or accepted from a pasted text ('extracted'). */
  source: ProfileSkillSource;
  /** Kept as it was for a student's skills; the picker never changes it. */
  evidence?: string | null;
}
