// What `<Sandbox … />` in a lesson renders. Resolves a definition (or input, world, mock config) written
// as a path under content/ while the page is built, drops the `expect` claim (content:check proves it),
// and hands the rest to the sandbox's light embed.
import { resolveExampleProps } from '@/lib/content/example-props';
import type { SandboxExpect } from '@/lib/content/expect';
import { SandboxEmbed } from '@/components/sandbox/sandbox-embed';
import type { SandboxProps } from '@/components/sandbox/types';

export type LessonSandboxProps = Omit<SandboxProps, 'definition' | 'world' | 'mocks' | 'examples' | 'shareInUrl'> & {
  title: string;
  definition: string | object;
  world?: object | string;
  mocks?: object | string;
  expect?: SandboxExpect;
};

export function LessonSandbox({ expect: _claim, world: _world, mocks: _mocks, ...props }: LessonSandboxProps) {
  const resolved = resolveExampleProps(process.cwd(), { ...props, world: _world, mocks: _mocks });
  // content:check reports this with file and line; a build that meets it anyway must stop.
  if (!resolved.ok) throw new Error(`<Sandbox title="${props.title}">: ${resolved.problems.map((p) => p.message).join('; ')}`);
  const { spec } = resolved;
  const embed: SandboxProps = {
    ...props,
    // An inline object stays an object (the embed prints it as JSON); a file's text is passed as written.
    definition: typeof props.definition === 'object' ? props.definition : spec.definitionText,
  };
  if (spec.input !== undefined) embed.input = spec.input as object;
  if (spec.world !== undefined) embed.world = spec.world as object;
  if (spec.mocks !== undefined) embed.mocks = spec.mocks as object;
  return <SandboxEmbed {...embed} />;
}
