/**
 * The research the sources hold and the site must carry, each where a reader looks for it. These are
 * content invariants: deleting a section, a figure or its credit makes them fail.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { practiceSchema } from '../../../src/schemas/practice';
import { stageSchema } from '../../../src/schemas/stage';
import { readCollection } from '../../helpers/content';

const practices = readCollection('practices').map((entry) => ({ ...entry, data: practiceSchema.parse(entry.data) }));
const stages = readCollection('stages').map((entry) => ({ ...entry, data: stageSchema.parse(entry.data) }));
const metrics = readCollection('metrics');
const sourceIds = new Set(readCollection('sources').map((source) => source.id));

const practice = (id: string) => {
  const found = practices.find((entry) => entry.id === id);
  if (!found) throw new Error(`no practice ${id}`);
  return found;
};
const stage = (id: string) => {
  const found = stages.find((entry) => entry.id === id);
  if (!found) throw new Error(`no stage ${id}`);
  return found;
};
/** Linked either way: the practice names the metric, or the metric names the practice. */
const linked = (practiceId: string, metricId: string) =>
  practice(practiceId).data.metrics.includes(metricId) || (metrics.find((m) => m.id === metricId)?.data.practices ?? []).includes(practiceId);

describe('credits', () => {
  it('every source a practice or stage names exists', () => {
    for (const entry of [...practices, ...stages]) {
      for (const id of entry.data.sources) expect(sourceIds.has(id), `${entry.file}: ${id}`).toBe(true);
    }
  });

  it.each(['acting-on-feedback', 'assisted-channels', 'support-funding'])('%s credits the 2020 study', (id) => {
    expect(practice(id).data.sources).toContain('servicexrg-teamsupport-2020');
  });
});

describe('research carried by the site', () => {
  it('support funding puts the executive case with the TSIA, Zendesk and Qualtrics figures, credited', () => {
    const { body, data } = practice('support-funding');
    for (const fact of ['TSIA', 'May 2017', '15 support', '90%', 'Zendesk', '51%', 'Qualtrics', '89%']) expect(body).toContain(fact);
    expect(data.sources).toContain('supportlogic-maturity-model');
  });

  it('acting on feedback is a practice linked from the satisfaction metrics, with its figures', () => {
    for (const metric of ['customer-satisfaction', 'net-promoter-score', 'sentiment']) expect(linked('acting-on-feedback', metric), metric).toBe(true);
    const { body } = practice('acting-on-feedback');
    for (const fact of ['57%', '75%', '56%', '39%', '27%', '71%', '48%']) expect(body).toContain(fact);
  });

  it('assisted channels are a practice linked from the channel metrics, with in-product access and web-form incentives', () => {
    for (const metric of ['cases-by-channel', 'support-access-point']) expect(linked('assisted-channels', metric), metric).toBe(true);
    const { body } = practice('assisted-channels');
    for (const fact of ['64%', '85%', '71%', '63%', '73%', '27%', 'inside the product', 'incentive']) expect(body).toContain(fact);
  });

  it.each(['reactive', 'formal'])('the %s stage gives the case-management platform figures next to its CRM step', (id) => {
    const { body, data } = stage(id);
    for (const fact of ['47%', '45%', '8%', 'migrat']) expect(body).toContain(fact);
    expect(data.movingOn.some((action) => /CRM/.test(action))).toBe(true);
    expect(data.sources).toContain('servicexrg-teamsupport-2020');
  });

  it('the Managed page says where its moving-on list comes from', () => {
    expect(stage('managed').data.movingOnNote).toMatch(/Stage 4.*repeat/);
  });

  it('the ten imperatives are a checklist page with the subscription figures', () => {
    const page = readFileSync('src/pages/practices/support-imperatives.astro', 'utf8');
    expect((page.match(/\bitem\('imp-/g) ?? []).length).toBe(10);
    for (const fact of ['30%', '66%', '63%', 'name="imperatives"']) expect(page).toContain(fact);
    expect(existsSync('content/practices/support-imperatives.mdx'), 'a practice with the same slug would clash with the page').toBe(false);
  });
});
