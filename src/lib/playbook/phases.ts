import type { Phase } from '../../schemas/play';

/** Reader-facing names of the lifecycle phases, in the order the playbook index shows them. */
export const PHASE_LABELS: Record<Phase, string> = {
  onboarding: 'Onboarding',
  adoption: 'Adoption',
  'value-review': 'Value review',
  renewal: 'Renewal',
  expansion: 'Expansion',
  risk: 'Risk',
  escalation: 'Escalation',
  crisis: 'Crisis',
  handoff: 'Handoff',
};

export const PHASE_ORDER = Object.keys(PHASE_LABELS) as Phase[];
