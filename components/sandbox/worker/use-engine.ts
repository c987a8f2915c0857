'use client';
import { useEffect, useState } from 'react';
import { EngineClient } from './client';

/**
 * One EngineClient per mounted sandbox; its workers end when the sandbox unmounts. Creating the client is
 * cheap and safe during render (it starts its workers on first use), so it is made once, lazily, by useState.
 * After dispose() the same client starts fresh workers if used again, which keeps Strict Mode's
 * mount-unmount-mount working.
 */
export function useEngine(): EngineClient {
  const [client] = useState(() => new EngineClient());
  useEffect(() => () => client.dispose(), [client]);
  return client;
}
