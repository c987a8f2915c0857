import { describe, expect, it } from 'vitest';
import { integrationKey, OPTIMIZED_INTEGRATIONS } from '../resources';
import { describeResource, MODELLED_KEYS, MODELS } from './catalog';
import { DEFAULT_RESPONSE_ACTIONS } from './integrations/defaults';

describe('the services catalog reads the one resource table', () => {
  it('has a model for every entry the table marks as modelled, and for no other', () => {
    expect(Object.keys(MODELS).sort()).toEqual([...MODELLED_KEYS].sort());
  });

  it('has a documented-shape default response for every optimized integration it does not model', () => {
    const defaults = OPTIMIZED_INTEGRATIONS.filter((e) => e.simulation === 'default').map((e) => `${e.service}:${e.action}`);
    expect([...DEFAULT_RESPONSE_ACTIONS].sort()).toEqual(defaults.sort());
    for (const e of OPTIMIZED_INTEGRATIONS) expect(MODELS[integrationKey('optimized', e.service, e.action)] !== undefined).toBe(e.simulation === 'world');
  });

  it('answers each resource with a model, a default response or a callback', () => {
    expect(describeResource('arn:aws:states:::aws-sdk:s3:getObject')?.simulation).toBe('world');
    expect(describeResource('arn:aws:states:::aws-sdk:translate:translateText')?.simulation).toBe('default');
    expect(describeResource('arn:aws:states:::mediaconvert:createJob.sync')?.simulation).toBe('default');
    expect(describeResource('arn:aws:states:us-east-1:123456789012:activity:a')?.simulation).toBe('callback');
    expect(describeResource('arn:aws:states:::nope:nope')).toBeNull();
  });
});
